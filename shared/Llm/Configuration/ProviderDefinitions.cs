using MockInterview.Llm.Quotas;

namespace MockInterview.Llm.Configuration;

/// <summary>Turns <see cref="LlmOptions.Providers"/> into checked definitions, collecting every problem at once.</summary>
internal static class ProviderDefinitions
{
    /// <summary>Placeholder key for servers that take none (the SDK needs a non-empty credential).</summary>
    public const string NoKey = "not-needed";

    private const double DefaultTimeoutSeconds = 15;

    /// <summary>The enabled providers; problems go to <paramref name="errors"/> (never with a key in them).</summary>
    public static IReadOnlyList<ProviderDefinition> Resolve(LlmOptions options, List<string> errors)
    {
        var result = new List<ProviderDefinition>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Providers.Count; i++)
        {
            var p = options.Providers[i];
            var where = $"Llm:Providers:{i}";
            if (!p.Enabled)
            {
                continue;
            }

            ProviderPreset? preset = null;
            if (!string.IsNullOrWhiteSpace(p.Preset) && !ProviderPresets.All.TryGetValue(p.Preset, out preset))
            {
                errors.Add($"{where}:Preset '{p.Preset}' is unknown; use one of: {string.Join(", ", ProviderPresets.All.Keys)}.");
                continue;
            }

            var name = string.IsNullOrWhiteSpace(p.Name) ? preset?.Name : p.Name.Trim();
            if (name is null)
            {
                errors.Add($"{where}:Name is required (or set a Preset).");
                continue;
            }

            if (!names.Add(name))
            {
                errors.Add($"{where}:Name '{name}' is used by another provider; names must be unique.");
                continue;
            }

            var problems = errors.Count;
            var baseUrl = string.IsNullOrWhiteSpace(p.BaseUrl) ? preset?.BaseUrl : p.BaseUrl.Trim();
            Uri? uri = null;
            if (baseUrl is null)
            {
                errors.Add($"{where}:BaseUrl is required for '{name}'" + (preset is null ? "." : $"; the {preset.Name} preset needs it in the form {preset.BaseUrlPattern}."));
            }
            else if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                errors.Add($"{where}:BaseUrl of '{name}' must be an absolute http(s) URL, e.g. https://api.groq.com/openai/v1.");
            }

            var model = string.IsNullOrWhiteSpace(p.Model) ? preset?.Model : p.Model.Trim();
            if (model is null)
            {
                errors.Add($"{where}:Model is required for '{name}'" + (preset?.Name == "azure-openai" ? " (your deployment name)." : "."));
            }

            var apiKey = p.ApiKey?.Trim();
            var needsKey = preset?.RequiresApiKey ?? !(uri?.IsLoopback ?? false);
            if (string.IsNullOrEmpty(apiKey))
            {
                if (needsKey)
                {
                    errors.Add($"{where}:ApiKey is required for '{name}' (set it from a secret, e.g. Llm__Providers__{i}__ApiKey).");
                }

                apiKey = NoKey;
            }

            if (p.Weight < 1)
            {
                errors.Add($"{where}:Weight of '{name}' must be 1 or more (was {p.Weight}).");
            }

            if (p.Priority < 0)
            {
                errors.Add($"{where}:Priority of '{name}' must be 0 or more (was {p.Priority}).");
            }

            var timeout = p.TimeoutSeconds ?? DefaultTimeoutSeconds;
            if (timeout <= 0 || timeout > 600)
            {
                errors.Add($"{where}:TimeoutSeconds of '{name}' must be between 0 and 600 (was {timeout}).");
            }

            var context = p.ContextWindowTokens ?? preset?.ContextWindowTokens;
            if (context is <= 0)
            {
                errors.Add($"{where}:ContextWindowTokens of '{name}' must be positive (was {context}).");
            }

            var reset = p.DailyResetUtc ?? preset?.DailyResetUtc ?? TimeSpan.Zero;
            if (reset < TimeSpan.Zero || reset >= TimeSpan.FromDays(1))
            {
                errors.Add($"{where}:DailyResetUtc of '{name}' must be a time of day such as 08:00 (was {reset}).");
            }

            var limits = new QuotaLimits(
                Limit(p.RequestsPerMinute, preset?.RequestsPerMinute, "RequestsPerMinute"),
                Limit(p.RequestsPerDay, preset?.RequestsPerDay, "RequestsPerDay"),
                Limit(p.TokensPerMinute, preset?.TokensPerMinute, "TokensPerMinute"),
                Limit(p.TokensPerDay, preset?.TokensPerDay, "TokensPerDay"),
                reset);

            if (errors.Count == problems)
            {
                result.Add(new ProviderDefinition(name, uri!, apiKey, model!, p.Priority, p.Weight, limits, context, TimeSpan.FromSeconds(timeout)));
            }

            T? Limit<T>(T? configured, T? fromPreset, string setting)
                where T : struct, IComparable<T>
            {
                var value = configured ?? fromPreset;
                if (value is null)
                {
                    return null;
                }

                var comparison = value.Value.CompareTo(default);
                if (comparison < 0)
                {
                    errors.Add($"{where}:{setting} of '{name}' must be 0 (no limit) or more (was {value}).");
                }

                return comparison > 0 ? value : null;
            }
        }

        return result;
    }
}
