using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing.Patterns;

namespace MockInterview.Functions.CustomHandler;

/// <summary>
/// The functions this handler serves, built from the app itself: every named endpoint under /api is an HTTP
/// function named after the endpoint; every registered <see cref="FunctionTrigger"/> is a non-HTTP function.
/// </summary>
/// <remarks>This is the one source of truth for the function.json files generated at publish time.</remarks>
internal sealed class FunctionTable(EndpointDataSource endpoints, IEnumerable<FunctionTrigger> triggers)
{
    /// <summary>The path prefix of the routes that the Functions host forwards (routePrefix is "" in host.json).</summary>
    public const string HttpRoutePrefix = "/api";

    /// <summary>Builds the table, sorted by name.</summary>
    /// <exception cref="InvalidOperationException">An /api endpoint has no name, or two functions share one.</exception>
    public IReadOnlyList<FunctionDefinition> GetFunctions()
    {
        var functions = HttpFunctions()
            .Concat(triggers.Select(t => new FunctionDefinition(t.Name, [.. t.Bindings.Select(b => b.ToJson())])))
            .ToList();

        var duplicates = functions
            .GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException(
                $"Function names must be unique (case-insensitive); used more than once: {string.Join(", ", duplicates)}.");
        }

        return [.. functions.OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    /// <summary>Whether <paramref name="endpoint"/> is served through the Functions host as an HTTP function.</summary>
    public static bool IsHttpFunction(RouteEndpoint endpoint)
    {
        var route = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
        return route.Equals(HttpRoutePrefix, StringComparison.OrdinalIgnoreCase)
            || route.StartsWith(HttpRoutePrefix + "/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The function.json route of an endpoint: its pattern without leading or trailing slash (a group's
    /// <c>MapPost("/")</c> ends in one), catch-all parameters in the host's <c>{*name}</c> form.
    /// </summary>
    public static string FunctionRoute(RoutePattern pattern) =>
        (pattern.RawText ?? throw new InvalidOperationException("A route pattern without text cannot be published."))
            .Trim('/')
            .Replace("{**", "{*", StringComparison.Ordinal);

    private IEnumerable<FunctionDefinition> HttpFunctions()
    {
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>().Where(IsHttpFunction))
        {
            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName
                ?? throw new InvalidOperationException(
                    $"Endpoint '{endpoint.DisplayName}' under {HttpRoutePrefix} has no name; give it one with " +
                    ".WithName(...) so that it gets a function.json.");
            FunctionNames.EnsureValid(name);

            var trigger = new JsonObject
            {
                ["type"] = "httpTrigger",
                ["direction"] = "in",
                ["name"] = "req",
            };
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (methods is { Count: > 0 })
            {
                trigger["methods"] = new JsonArray([.. methods.Select(m => (JsonNode)m.ToLowerInvariant())]);
            }

            trigger["route"] = FunctionRoute(endpoint.RoutePattern);
            trigger["authLevel"] = "anonymous";

            var response = new JsonObject { ["type"] = "http", ["direction"] = "out", ["name"] = "res" };
            yield return new FunctionDefinition(name, [trigger, response]);
        }
    }
}
