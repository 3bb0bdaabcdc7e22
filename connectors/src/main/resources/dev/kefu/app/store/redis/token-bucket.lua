-- Takes one token from a sender's bucket: burst tokens at most, refilled at a steady rate, on Redis's clock
-- so that every instance counts alike. The bucket expires once it would be full again.
-- KEYS[1]: <prefix>rate:<sender> (hash: tokens, updated ms); ARGV: burst, tokens per millisecond.
-- Returns 0 when a token was taken, else how many milliseconds until one is there.
local burst = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'updated')
local tokens = tonumber(bucket[1]) or burst
local updated = tonumber(bucket[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - updated) * rate)
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
else
  wait = math.ceil((1 - tokens) / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'updated', now)
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / rate))
return wait
