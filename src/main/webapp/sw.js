/*
 * The service worker of the volunteer's offline schedule (schedule.xhtml, schedule.js). It only looks at the
 * schedule page and its resources: the network first, and when there is none the copy kept from the last time (a
 * page that came as a redirect, to the login, is never kept). The schedule's data (/api/me/schedule) is the page's
 * own to keep, so that the page knows when it shows an old copy; everything else goes to the network untouched.
 * Logging out clears its cache and itself (Clear-Site-Data).
 */
'use strict';
var CACHE = 'awareness-schedule-v1';

self.addEventListener('install', function () {
    self.skipWaiting();
});

self.addEventListener('activate', function (event) {
    event.waitUntil(self.clients.claim());
});

function kept(url) {
    var path = new URL(url).pathname;
    return /\/schedule\.xhtml$/.test(path) || path.indexOf('/jakarta.faces.resource/') >= 0
        || /\/manifest\.json$/.test(path);
}

self.addEventListener('fetch', function (event) {
    var request = event.request;
    if (request.method !== 'GET' || !kept(request.url)) {
        return;
    }
    event.respondWith(
        fetch(request).then(function (response) {
            if (response.ok && !response.redirected) {
                var copy = response.clone();
                caches.open(CACHE).then(function (cache) {
                    cache.put(request, copy);
                });
            }
            return response;
        }).catch(function () {
            return caches.open(CACHE).then(function (cache) {
                // A navigation asks with other headers than the page's own fetch that kept the copy.
                return cache.match(request, {ignoreVary: true}).then(function (cached) {
                    return cached || cache.match(request, {ignoreSearch: true, ignoreVary: true}).then(function (loose) {
                        return loose || Response.error();
                    });
                });
            });
        })
    );
});
