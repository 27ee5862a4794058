using MockInterview.Interviewing;
using MockInterview.LlmInterviewer;

namespace MockInterview.Functions.Llm;

/// <summary>Picks the interviewer brain from <c>Interviewer:Brain</c>.</summary>
internal static class InterviewerBrainExtensions
{
    /// <summary>The setting that picks the brain.</summary>
    public const string BrainKey = "Interviewer:Brain";

    /// <summary><c>offline</c> (default): the question bank and rules, no network. <c>llm</c>: prompts through the
    /// router, with the offline brain answering any call the LLM cannot (the report marks those parts).</summary>
    /// <remarks>Call after <see cref="LlmAppExtensions.AddLlm"/>, so that the LLM brain uses the app's router.</remarks>
    public static WebApplicationBuilder AddInterviewerBrain(this WebApplicationBuilder builder)
    {
        var brain = builder.Configuration[BrainKey];
        if (string.IsNullOrWhiteSpace(brain) || brain.Equals("offline", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddOfflineInterviewer();
        }
        else if (brain.Equals("llm", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddLlmInterviewer(builder.Configuration);
        }
        else
        {
            throw new InvalidOperationException($"{BrainKey} must be 'offline' or 'llm'; it is '{brain}'.");
        }

        builder.Services.AddSingleton<OfflineBrainWarmUp>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OfflineBrainWarmUp>());
        return builder;
    }
}
