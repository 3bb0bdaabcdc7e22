-- Appends the events of one turn, all or none, if every conversation is still where the caller read it.
-- Keys (see the README): <prefix>conversation:<id> (hash), <prefix>conversation:<id>:events (stream, entry id 0-<sequence>),
-- <prefix>state:<STATE> (zset, score updatedAt ms), <prefix>user:<channel>:<userId> (zset, score 1, 2, 3… in order opened).
-- The conversation's keys and its user's index expire <retention> ms after the last append (the retention of personal data).
-- Each event is also announced, by reference only (conversation, sequence, kind: never its text), on the outbox stream
-- <prefix>work that the work groups read; the outbox is trimmed to about <outbox length> entries (MAXLEN ~).
-- ARGV: prefix, retention ms, outbox length, number of conversations, then per conversation: id, expected sequence (0 opens it),
--       channel, userId, state after, updatedAt ms after, snapshot after, sequence after, number of events,
--       then per event: sequence, kind, json.
-- Returns 'ok', or why it conflicts, having written nothing.
local prefix = ARGV[1]
local retention = ARGV[2]
local outboxLength = ARGV[3]
local parts = {}
local at = 5
for p = 1, tonumber(ARGV[4]) do
  local part = {id = ARGV[at], expected = tonumber(ARGV[at + 1]), channel = ARGV[at + 2], user = ARGV[at + 3],
                state = ARGV[at + 4], updated = ARGV[at + 5], snapshot = ARGV[at + 6], last = ARGV[at + 7],
                first = at + 9, count = tonumber(ARGV[at + 8])}
  at = part.first + 3 * part.count
  part.key = prefix .. 'conversation:' .. part.id
  part.userKey = prefix .. 'user:' .. part.channel .. ':' .. part.user
  local stored = tonumber(redis.call('HGET', part.key, 'sequence') or '0')
  if stored ~= part.expected then
    return 'conversation ' .. part.id .. ' is at #' .. stored .. ', not #' .. part.expected
  end
  if part.expected == 0 then
    local latest = redis.call('ZREVRANGE', part.userKey, 0, 0)[1]
    if latest and redis.call('HGET', prefix .. 'conversation:' .. latest, 'state') ~= 'RESOLVED' then
      return part.user .. ' already has an open conversation on ' .. part.channel
    end
  end
  parts[p] = part
end
for _, part in ipairs(parts) do
  local before = redis.call('HGET', part.key, 'state')
  if before then
    redis.call('ZREM', prefix .. 'state:' .. before, part.id)
  end
  for e = part.first, part.first + 3 * part.count - 1, 3 do
    redis.call('XADD', part.key .. ':events', '0-' .. ARGV[e], 'event', ARGV[e + 2])
    redis.call('XADD', prefix .. 'work', 'MAXLEN', '~', outboxLength, '*',
               'conversation', part.id, 'sequence', ARGV[e], 'kind', ARGV[e + 1])
  end
  redis.call('HSET', part.key, 'sequence', part.last, 'state', part.state, 'channel', part.channel,
             'userId', part.user, 'updatedAt', part.updated, 'snapshot', part.snapshot)
  redis.call('ZADD', prefix .. 'state:' .. part.state, part.updated, part.id)
  if part.expected == 0 then
    local top = redis.call('ZREVRANGE', part.userKey, 0, 0, 'WITHSCORES')[2]
    redis.call('ZADD', part.userKey, (tonumber(top) or 0) + 1, part.id)
  end
  redis.call('PEXPIRE', part.key, retention)
  redis.call('PEXPIRE', part.key .. ':events', retention)
  redis.call('PEXPIRE', part.userKey, retention)
end
return 'ok'
