/*
 * The volunteer's schedule, readable offline (issue 18, part 5). The service worker (/sw.js) answers this page and
 * /api/me/schedule from the network when it can and from its cache when it cannot; this script also puts the page,
 * its resources and the schedule in that cache on the first visit, before the worker controls the page. A report
 * filed here is kept in localStorage with a key of its own (Idempotency-Key) until the server has it: sent at once
 * when online, else when the phone is online again; the server records a key once, so a report sent twice (an
 * answer lost on the way) counts once.
 */
(function () {
    'use strict';
    var root = document.getElementById('schedule');
    if (!root) {
        return;
    }
    var base = root.dataset.base || '';
    var CACHE = 'awareness-schedule-v1';
    var PENDING = 'awareness.pendingReports';
    var SCHEDULE = base + '/api/me/schedule';
    var text = root.dataset;

    function el(tag, content, className) {
        var node = document.createElement(tag);
        if (content !== undefined && content !== null) {
            node.textContent = content;
        }
        if (className) {
            node.className = className;
        }
        return node;
    }

    function status(message) {
        document.getElementById('status').textContent = message;
    }

    function pending() {
        try {
            return JSON.parse(localStorage.getItem(PENDING) || '[]');
        } catch (e) {
            return [];
        }
    }

    function keep(list) {
        localStorage.setItem(PENDING, JSON.stringify(list));
    }

    function card(visit) {
        var article = el('article', null, 'visit');
        article.appendChild(el('h3', visit.school));
        article.appendChild(el('p', visit.when + ' · ' + visit.minutes + ' ' + text.minutes));
        article.appendChild(el('p', visit.place));
        article.appendChild(el('p', text.campaign + ': ' + visit.campaign));
        article.appendChild(el('p', text.team + ': ' + visit.team));
        (visit.contacts || []).forEach(function (contact) {
            var line = el('p', text.contact + ': ' + contact.name);
            if (contact.phone) {
                var call = el('a', contact.phone);
                call.href = 'tel:' + contact.phone;
                call.dir = 'ltr';
                line.appendChild(document.createTextNode(' · '));
                line.appendChild(call);
            }
            article.appendChild(line);
        });
        if (visit.lessons && visit.lessons.length) {
            article.appendChild(el('p', text.lessons + ':'));
            var list = el('ul');
            visit.lessons.forEach(function (title) {
                list.appendChild(el('li', title));
            });
            article.appendChild(list);
        }
        return article;
    }

    function field(form, name, label, type) {
        var id = 'report-' + form.dataset.visit + '-' + name;
        var wrap = el('p');
        var caption = el('label', label);
        caption.htmlFor = id;
        var input = el(type === 'textarea' ? 'textarea' : 'input');
        input.id = id;
        input.name = name;
        if (type !== 'textarea') {
            input.type = 'number';
            input.min = '0';
            input.required = true;
        }
        wrap.appendChild(caption);
        wrap.appendChild(input);
        form.appendChild(wrap);
    }

    function reportForm(visit) {
        var article = card(visit);
        var form = el('form', null, 'editor');
        form.dataset.visit = visit.id;
        field(form, 'girls', text.girls, 'number');
        field(form, 'boys', text.boys, 'number');
        field(form, 'teachers', text.teachers, 'number');
        field(form, 'notes', text.notes, 'textarea');
        var state = el('p', null, 'muted');
        state.setAttribute('role', 'status');
        state.id = 'report-' + visit.id + '-state';
        var send = el('button', text.send);
        send.type = 'submit';
        send.id = 'report-' + visit.id + '-send';
        form.appendChild(send);
        form.appendChild(state);
        if (pending().some(function (p) { return p.visitId === visit.id; })) {
            state.textContent = text.waiting;
            send.disabled = true;
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var number = function (name) {
                var value = form.elements[name].value;
                return value === '' ? null : Number(value);
            };
            var list = pending();
            list.push({
                key: (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random()).replace(/[^A-Za-z0-9-]/g, ''),
                visitId: visit.id,
                body: {
                    girls: number('girls'),
                    boys: number('boys'),
                    teachers: number('teachers'),
                    notes: form.elements.notes.value || null
                }
            });
            keep(list);
            send.disabled = true;
            state.textContent = text.waiting;
            flush();
        });
        article.appendChild(form);
        return article;
    }

    function show(schedule, fromCache) {
        var coming = document.getElementById('coming');
        coming.replaceChildren();
        if (!schedule.coming.length) {
            coming.appendChild(el('p', text.none, 'muted'));
        }
        schedule.coming.forEach(function (visit) {
            coming.appendChild(card(visit));
        });
        var report = document.getElementById('report');
        var list = document.getElementById('report-list');
        list.replaceChildren();
        schedule.toReport.forEach(function (visit) {
            list.appendChild(reportForm(visit));
        });
        report.hidden = !schedule.toReport.length;
        var when = new Date(schedule.readAt).toLocaleString(document.documentElement.lang || undefined);
        status((fromCache ? text.offline + ' ' : '') + text.updated + ' ' + when);
    }

    function load() {
        return fetch(SCHEDULE, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                var copy = response.clone();
                if ('caches' in window) {
                    caches.open(CACHE).then(function (cache) {
                        cache.put(SCHEDULE, copy);
                    });
                }
                return response.json().then(function (schedule) {
                    show(schedule, false);
                });
            })
            .catch(function () {
                if (!('caches' in window)) {
                    status(text.never);
                    return;
                }
                return caches.open(CACHE)
                    .then(function (cache) {
                        return cache.match(SCHEDULE, {ignoreVary: true});
                    })
                    .then(function (cached) {
                        if (!cached) {
                            status(text.never);
                            return;
                        }
                        return cached.json().then(function (schedule) {
                            show(schedule, true);
                        });
                    });
            });
    }

    var flushing = false;

    /** Sends what waits, one report after another; what the network cannot take now stays for later. */
    function flush() {
        if (flushing) {
            return;
        }
        var list = pending();
        if (!list.length) {
            return;
        }
        flushing = true;
        var next = list[0];
        fetch(base + '/api/visits/' + next.visitId + '/participation', {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Idempotency-Key': next.key},
            body: JSON.stringify(next.body)
        }).then(function (response) {
            flushing = false;
            if (response.status === 401 || response.status === 429 || response.status >= 500) {
                return;
            }
            keep(pending().filter(function (p) { return p.key !== next.key; }));
            var state = document.getElementById('report-' + next.visitId + '-state');
            if (state) {
                state.textContent = response.ok ? text.sent : text.refused;
            }
            var send = document.getElementById('report-' + next.visitId + '-send');
            if (send && !response.ok) {
                send.disabled = false;
            }
            flush();
        }, function () {
            flushing = false;
        });
    }

    /** The page and what it is made of, for the first visit, which the worker does not see yet. */
    function cacheShell() {
        if (!('caches' in window)) {
            return;
        }
        var urls = [location.pathname];
        document.querySelectorAll('link[rel=stylesheet][href], script[src]').forEach(function (node) {
            urls.push(node.getAttribute('href') || node.getAttribute('src'));
        });
        caches.open(CACHE).then(function (cache) {
            urls.forEach(function (url) {
                fetch(url, {credentials: 'same-origin'}).then(function (response) {
                    if (response.ok && !response.redirected) {
                        cache.put(url, response);
                    }
                });
            });
        });
    }

    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register(base + '/sw.js', {scope: base + '/'}).then(cacheShell, function () {});
    }
    // The online event does not come on every phone (a captive portal, a signal that only seems back): tried
    // again every half minute while the page is open.
    window.addEventListener('online', flush);
    window.setInterval(flush, 30000);
    load().then(flush);
}());
