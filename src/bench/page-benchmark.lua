-- wrk script of src/bench/page-benchmark.sh: counts what wrk's own summary does not.
--   sent:      requests written to the server (each reaches it, also those still in flight when wrk
--              stops, which wrk's "requests" leaves out): a counted page's visits must grow by this
--   ok/other:  responses with status 2xx/3xx and any other
--   cookies:   responses that set a cookie; sessions: those whose Set-Cookie is JSESSIONID
-- The last line of the output is one machine-readable BENCH line for the script.
local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("id", #threads)
end

local prepared
-- a search's answer is kept by the page cache like any page; "search" must measure the search
-- itself, so each of its requests carries a parameter of its own (the same query, another address)
local unique
local thread_id

function init(args)
   sent, ok, other, cookies, sessions = 0, 0, 0, 0, 0
   prepared = wrk.format()
   unique = string.find(wrk.path, "/szukaj?", 1, true) ~= nil
   thread_id = tostring(id)
end

function request()
   sent = sent + 1
   if unique then
      return wrk.format(nil, wrk.path .. "&bench=" .. thread_id .. "-" .. sent)
   end
   return prepared
end

function response(status, headers, body)
   if status >= 200 and status < 400 then ok = ok + 1 else other = other + 1 end
   for name, value in pairs(headers) do
      if string.lower(name) == "set-cookie" then
         cookies = cookies + 1
         if string.find(value, "JSESSIONID", 1, true) then sessions = sessions + 1 end
      end
   end
end

function done(summary, latency, requests)
   local total = { sent = 0, ok = 0, other = 0, cookies = 0, sessions = 0 }
   for _, thread in ipairs(threads) do
      for key, _ in pairs(total) do
         total[key] = total[key] + (thread:get(key) or 0)
      end
   end
   local e = summary.errors
   io.write(string.format(
      "BENCH requests=%d sent=%d ok=%d other=%d cookies=%d sessions=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
      summary.requests, total.sent, total.ok, total.other, total.cookies, total.sessions,
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      e.connect + e.read + e.write + e.timeout))
end
