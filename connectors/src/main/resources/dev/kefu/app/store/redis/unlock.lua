-- Releases a lock only if this holder still has it (its lease may have run out and another taken it).
-- KEYS[1]: the lock; ARGV[1]: the holder's token.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
