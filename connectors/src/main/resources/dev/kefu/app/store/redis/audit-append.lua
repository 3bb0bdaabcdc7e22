-- Appends one audit entry to the Stream of all entries and, under the same id, to those of its conversation and its actor,
-- each trimmed to about the newest <max> entries.
-- KEYS: <prefix>audit, <prefix>audit:actor:<actor>, and <prefix>audit:conversation:<id> when it has one.
-- ARGV: max entries, the entry as JSON. Returns the entry's id.
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'entry', ARGV[2])
for i = 2, #KEYS do
  redis.call('XADD', KEYS[i], 'MAXLEN', '~', ARGV[1], id, 'entry', ARGV[2])
end
return id
