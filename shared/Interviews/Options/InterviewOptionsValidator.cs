using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using MockInterview.Interviewing;

namespace MockInterview.Interviews;

/// <summary>Checks <see cref="InterviewOptions"/> at start so that a bad setting stops the app with a clear message.</summary>
internal sealed class InterviewOptionsValidator : IValidateOptions<InterviewOptions>
{
    public ValidateOptionsResult Validate(string? name, InterviewOptions options)
    {
        var errors = new List<string>();
        try
        {
            var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
            if (string.IsNullOrWhiteSpace(builder.DataSource))
            {
                errors.Add("Interviews:ConnectionString needs a Data Source.");
            }
        }
        catch (ArgumentException ex)
        {
            errors.Add($"Interviews:ConnectionString is not a valid SQLite connection string: {ex.Message}");
        }

        foreach (var mode in Enum.GetValues<InterviewMode>())
        {
            if (!options.Modes.ContainsKey(mode.ToString()))
            {
                errors.Add($"Interviews:Modes:{mode.ToString().ToLowerInvariant()} is missing.");
            }
        }

        foreach (var (mode, plan) in options.Modes)
        {
            if (!Enum.TryParse<InterviewMode>(mode, ignoreCase: true, out _))
            {
                errors.Add($"Interviews:Modes:{mode} is not a mode; modes are {InterviewModes.List}.");
            }

            if (plan.QuestionMinutes is <= 0 or > 240 || plan.SummaryMinutes is < 0.5 or > 60)
            {
                errors.Add($"Interviews:Modes:{mode}: QuestionMinutes must be in (0, 240] and SummaryMinutes in [0.5, 60].");
            }

            if (plan.AnswerTimeLimitSeconds is < 10 or > 3600)
            {
                errors.Add($"Interviews:Modes:{mode}:AnswerTimeLimitSeconds must be 10–3600.");
            }

            if (plan.MaxFollowUpsPerQuestion is < 0 or > 10)
            {
                errors.Add($"Interviews:Modes:{mode}:MaxFollowUpsPerQuestion must be 0–10.");
            }
        }

        var limits = options.Limits;
        if (limits.MaxRequestBodyBytes < 1024 || limits.MaxAnswerChars < 1 || limits.MaxQuestionChars < 1
            || limits.MaxNameChars < 1 || limits.MaxRoleChars < 1 || limits.MaxDocumentChars < 1)
        {
            errors.Add("Interviews:Limits: every limit must be positive (MaxRequestBodyBytes at least 1024).");
        }

        if (limits.MinDurationMinutes < 1 || limits.MaxDurationMinutes < limits.MinDurationMinutes)
        {
            errors.Add("Interviews:Limits: MinDurationMinutes must be at least 1 and not above MaxDurationMinutes.");
        }

        if (options.Voice is null || !(options.Voice.ThinkingSeconds is >= 5 and <= 300))
        {
            errors.Add("Interviews:Voice:ThinkingSeconds must be 5–300.");
        }

        if (options.Voice is null || !(options.Voice.EndOfTurnSilenceSeconds is >= 1 and <= 15))
        {
            errors.Add("Interviews:Voice:EndOfTurnSilenceSeconds must be 1–15.");
        }

        if (options.EventStreamMinutes is < 1 or > 240)
        {
            errors.Add("Interviews:EventStreamMinutes must be 1–240.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
