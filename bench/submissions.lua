-- wrk script: short-form submissions to a round's share link, each with its own Idempotency-Key, so every request
-- stores a new response. The argument after "--" names the run, so that runs against the same round never share a
-- key (SubmissionLoadBenchmark passes one):
--   wrk -t2 -c16 -d10s --latency -s bench/submissions.lua http://localhost:8080/api/respond/<token> -- run-1
local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("tid", threads)
end

run = tostring(os.time())

function init(args)
    if args[1] then
        run = args[1] .. "-" .. run
    end
end

local sent = 0
local sectors = { "BUSINESS", "NONPROFIT", "GOVERNMENT", "FUNDER" }

request = function()
    sent = sent + 1
    local answers = {}
    for i = 1, 27 do
        answers[i] = string.format('"Q%02dA":%d', i, 1 + (sent + i) % 5)
    end
    local body = string.format('{"sector":"%s","role":"PARTNER_REPRESENTATIVE","tenure":"ONE_TO_3_YEARS",'
            .. '"answers":{%s},"comments":{}}', sectors[1 + sent % 4], table.concat(answers, ","))
    return wrk.format("POST", nil, { ["Content-Type"] = "application/json",
                                     ["Idempotency-Key"] = string.format("wrk-%s-%d-%d", run, tid, sent) }, body)
end
