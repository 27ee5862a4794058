using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using MockInterview.Candidates;
using MockInterview.Documents;

namespace MockInterview.Functions.Resumes;

/// <summary>Problem details with a machine-readable <c>code</c> extension member (e.g. <c>"code": "encrypted"</c>).</summary>
internal static class CodedProblems
{
    public static ProblemHttpResult Create(int statusCode, string code, string detail, string? title = null) =>
        TypedResults.Problem(detail: detail, statusCode: statusCode, title: title, extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>The problem for a document the extractor refused; the code is the reason in camelCase.</summary>
    public static ProblemHttpResult From(DocumentRejectedException rejection) =>
        Create(rejection.StatusCode, JsonNamingPolicy.CamelCase.ConvertName(rejection.Reason.ToString()), rejection.Detail, rejection.Title);

    /// <summary>The problem for a server that cannot extract documents (503).</summary>
    public static ProblemHttpResult From(DocumentExtractionUnavailableException unavailable) =>
        Create(unavailable.StatusCode, "extractionUnavailable", unavailable.Detail, unavailable.Title);

    /// <summary>The 409 for a caller who already keeps as many resumes or job descriptions as allowed.</summary>
    public static ProblemHttpResult From(OwnerLimitReachedException limit) =>
        Create(StatusCodes.Status409Conflict, "limitReached", limit.Message);

    /// <summary>The 404 for an id that is unknown, malformed or someone else's: the three are not told apart.</summary>
    public static ProblemHttpResult NotFound(string what, string id) =>
        Create(StatusCodes.Status404NotFound, "notFound", $"There is no {what} '{Shorten(id)}'.");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
