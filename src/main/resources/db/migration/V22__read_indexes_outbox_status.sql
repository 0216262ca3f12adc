-- The outbox of a forum's campaigns, by state (the outbox page, the dashboard's count of dead messages): read
-- from this index alone instead of scanning every message with its bodies.
create index outbox_message_campaign_state_idx on outbox_message (campaign_id, state, id);

-- The visit list filtered by status (the dashboard's unconfirmed visits, "confirmed" in the API) in time order.
create index visit_status_start_idx on visit (status, start_at);
