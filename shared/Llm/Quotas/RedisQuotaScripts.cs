namespace MockInterview.Llm.Quotas;

/// <summary>The Lua scripts of the Redis quota store; each runs atomically on the server.</summary>
internal static class RedisQuotaScripts
{
    /// <summary>Checks all four limits and counts only when every one has room.</summary>
    /// <remarks>KEYS: minute hash, day hash. ARGV: requests/minute, requests/day, tokens/minute, tokens/day (-1 = no
    /// limit), estimated tokens, minute key lifetime (ms), day key lifetime (ms). Returns 0 when counted, otherwise
    /// the refused limit: 1 requests/day, 2 tokens/day, 3 requests/minute, 4 tokens/minute (day first, as in QuotaCheck).</remarks>
    public const string Reserve = """
        local minute = redis.call('HMGET', KEYS[1], 'requests', 'tokens')
        local day = redis.call('HMGET', KEYS[2], 'requests', 'tokens')
        local minuteRequests, minuteTokens = tonumber(minute[1]) or 0, tonumber(minute[2]) or 0
        local dayRequests, dayTokens = tonumber(day[1]) or 0, tonumber(day[2]) or 0
        local rpm, rpd, tpm, tpd = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
        local tokens = tonumber(ARGV[5])
        if rpd >= 0 and dayRequests + 1 > rpd then return 1 end
        if tpd >= 0 and dayTokens + tokens > tpd then return 2 end
        if rpm >= 0 and minuteRequests + 1 > rpm then return 3 end
        if tpm >= 0 and minuteTokens + tokens > tpm then return 4 end
        redis.call('HINCRBY', KEYS[1], 'requests', 1)
        redis.call('HINCRBY', KEYS[1], 'tokens', ARGV[5])
        redis.call('PEXPIRE', KEYS[1], ARGV[6])
        redis.call('HINCRBY', KEYS[2], 'requests', 1)
        redis.call('HINCRBY', KEYS[2], 'tokens', ARGV[5])
        redis.call('PEXPIRE', KEYS[2], ARGV[7])
        return 0
        """;

    /// <summary>Adds a (possibly negative) token correction to both windows, never leaving them below zero.</summary>
    /// <remarks>KEYS: minute hash, day hash. ARGV: delta, minute key lifetime (ms), day key lifetime (ms).</remarks>
    public const string AdjustTokens = """
        for i = 1, 2 do
          if redis.call('HINCRBY', KEYS[i], 'tokens', ARGV[1]) < 0 then
            redis.call('HSET', KEYS[i], 'tokens', 0)
          end
          redis.call('PEXPIRE', KEYS[i], ARGV[i + 1])
        end
        return 0
        """;
}
