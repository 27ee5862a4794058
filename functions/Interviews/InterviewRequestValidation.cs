using MockInterview.Interviewing;
using MockInterview.Interviews;

namespace MockInterview.Functions.Interviews;

/// <summary>Checks request bodies against <see cref="InterviewLimits"/>; errors are keyed by camelCase field name.</summary>
internal static class InterviewRequestValidation
{
    public static Dictionary<string, string[]> Validate(StartInterviewRequest request, InterviewLimits limits, out InterviewMode mode, out AnswerMode answerMode)
    {
        var errors = new Dictionary<string, string[]>();
        mode = default;
        answerMode = AnswerMode.Text;
        if (request.AnswerMode is { } requested)
        {
            if (requested.Equals("text", StringComparison.OrdinalIgnoreCase))
            {
                answerMode = AnswerMode.Text;
            }
            else if (requested.Equals("voice", StringComparison.OrdinalIgnoreCase))
            {
                answerMode = AnswerMode.Voice;
            }
            else
            {
                errors["answerMode"] = [$"Unknown answerMode '{Shorten(requested)}'; valid answer modes: text, voice."];
            }
        }

        if (request.Mode is null)
        {
            errors["mode"] = [$"mode is required; valid modes: {InterviewModes.List}."];
        }
        else if (!InterviewModes.TryParse(request.Mode, out mode))
        {
            errors["mode"] = [$"Unknown mode '{Shorten(request.Mode)}'; valid modes: {InterviewModes.List}."];
        }

        MaxLength(errors, "candidateName", request.CandidateName, limits.MaxNameChars);
        MaxLength(errors, "role", request.Role, limits.MaxRoleChars);
        MaxLength(errors, "seniority", request.Seniority, limits.MaxRoleChars);
        MaxLength(errors, "resumeText", request.ResumeText, limits.MaxDocumentChars);
        MaxLength(errors, "jobDescription", request.JobDescription, limits.MaxDocumentChars);
        if (request.DurationMinutes is { } minutes && (minutes < limits.MinDurationMinutes || minutes > limits.MaxDurationMinutes))
        {
            errors["durationMinutes"] = [$"durationMinutes must be {limits.MinDurationMinutes}–{limits.MaxDurationMinutes}; it is {minutes}."];
        }

        if (request.ResumeText is not null && request.ResumeId is not null)
        {
            errors["resumeId"] = ["Send resumeText or resumeId, not both."];
        }

        if (request.JobDescription is not null && request.JobId is not null)
        {
            errors["jobId"] = ["Send jobDescription or jobId, not both."];
        }

        if (mode == InterviewMode.Customized && !errors.ContainsKey("mode")
            && string.IsNullOrWhiteSpace(request.ResumeText) && string.IsNullOrWhiteSpace(request.JobDescription)
            && request.ResumeId is null && request.JobId is null)
        {
            errors["resumeText"] = ["The customized mode needs a resume (resumeText or resumeId) or a job description (jobDescription or jobId), or both."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Validate(SubmitAnswerRequest request, InterviewLimits limits)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.QuestionId))
        {
            errors["questionId"] = ["questionId is required: the id of the current question."];
        }
        else
        {
            MaxLength(errors, "questionId", request.QuestionId, 200);
        }

        Required(errors, "text", request.Text);
        MaxLength(errors, "text", request.Text, limits.MaxAnswerChars);
        return errors;
    }

    public static void Required(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (value is null)
        {
            errors[field] = [$"{field} is required."];
        }
    }

    public static void MaxLength(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            errors[field] = [$"{field} is too long: {value.Length:N0} characters; at most {max:N0}."];
        }
    }

    public static string Summary(Dictionary<string, string[]> errors) => string.Join(" ", errors.Values.SelectMany(v => v));

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
