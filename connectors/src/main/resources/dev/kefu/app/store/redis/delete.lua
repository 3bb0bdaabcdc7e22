-- Deletes conversations with their events and removes them from the indexes; returns the snapshots of those that were there.
-- ARGV: prefix, number of states, the states, then the ids.
local prefix = ARGV[1]
local stateCount = tonumber(ARGV[2])
local states = {}
for s = 1, stateCount do
  states[s] = ARGV[2 + s]
end
local deleted = {}
for i = 3 + stateCount, #ARGV do
  local id = ARGV[i]
  local key = prefix .. 'conversation:' .. id
  local c = redis.call('HMGET', key, 'channel', 'userId', 'snapshot')
  if c[3] then
    deleted[#deleted + 1] = c[3]
    local userKey = prefix .. 'user:' .. c[1] .. ':' .. c[2]
    redis.call('ZREM', userKey, id)
    if redis.call('ZCARD', userKey) == 0 then
      redis.call('DEL', userKey)
    end
  end
  for _, state in ipairs(states) do
    redis.call('ZREM', prefix .. 'state:' .. state, id)
  end
  redis.call('DEL', key, key .. ':events')
end
return deleted
