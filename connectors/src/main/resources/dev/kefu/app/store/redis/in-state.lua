-- The snapshots of the conversations in one state, oldest change first, read at one instant. A conversation
-- that expired (retention) is dropped from the index on the way.
-- KEYS[1]: <prefix>state:<STATE>; ARGV[1]: prefix.
local snapshots = {}
for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local snapshot = redis.call('HGET', ARGV[1] .. 'conversation:' .. id, 'snapshot')
  if snapshot then
    snapshots[#snapshots + 1] = snapshot
  else
    redis.call('ZREM', KEYS[1], id)
  end
end
return snapshots
