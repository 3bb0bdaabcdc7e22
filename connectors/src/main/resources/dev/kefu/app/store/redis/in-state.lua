-- The snapshots of the conversations in one state, oldest change first, read at one instant.
-- KEYS[1]: <prefix>state:<STATE>; ARGV[1]: prefix.
local snapshots = {}
for i, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  snapshots[i] = redis.call('HGET', ARGV[1] .. 'conversation:' .. id, 'snapshot')
end
return snapshots
