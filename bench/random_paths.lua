-- wrk script: request a random path from the file named by env PATHS (one path a line).
-- Same as shared/bench/random_paths.lua, except that the file name is no longer passed to io.lines together with
-- assert's message: Debian's wrk runs LuaJIT, whose io.lines takes a second argument as a read format and fails
-- with "bad argument #1 to '(for generator)' (invalid format)", so wrk silently fell back to requesting "/".
local file = os.getenv("PATHS")
assert(file, "set PATHS to a file of paths")
local paths = {}
for line in io.lines(file) do paths[#paths + 1] = line end
assert(#paths > 0, "no paths in " .. file)
math.randomseed(42)
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
-- wrk's --latency table has no 95th percentile; search targets one.
done = function(summary, latency, requests)
  io.write(string.format("p95 latency: %.2f ms\n", latency:percentile(95) / 1000))
end
