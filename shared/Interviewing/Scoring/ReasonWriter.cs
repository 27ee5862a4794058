using MockInterview.Interviewing.Analysis;
using MockInterview.Interviewing.Delivery;

namespace MockInterview.Interviewing.Scoring;

/// <summary>Turns scores into sentences a candidate can act on.</summary>
internal static class ReasonWriter
{
    public static List<string> Reasons(AnswerFeatures f, QuestionContext q, DimensionScores d, IReadOnlyList<AnswerFlag> flags, SpeechDelivery? delivery = null)
    {
        var reasons = flags.Select(fl => fl.Message).ToList();
        if (flags.Any(fl => fl.Code is FlagCodes.Gibberish))
        {
            return reasons;
        }

        var total = q.Rubric.Count;
        var firstMissed = d.Missed.FirstOrDefault()?.Text;
        if (d.Relevance >= 7)
        {
            reasons.Add(total > 0 ? $"You answered the question directly and covered {d.Covered.Count} of {total} key points." : "You answered the question directly.");
        }
        else if (firstMissed is not null)
        {
            reasons.Add(d.Relevance >= 4
                ? $"You covered {d.Covered.Count} of {total} key points; also address this: {Lower(firstMissed)}."
                : $"Your answer stayed away from what was asked; focus on this: {Lower(firstMissed)}.");
        }

        if (q.IsBehavioral)
        {
            if (!f.HasSituation && !f.HasTask)
            {
                reasons.Add("Set the scene first: where you were, what was at stake and what you had to achieve.");
            }

            if (f.OwnActions == 0)
            {
                reasons.Add(f.TeamActions > 0
                    ? "You described what the team did; say what you personally did (\"I decided…\", \"I wrote…\")."
                    : "Say what you personally did, step by step (\"I proposed…\", \"I met with…\").");
            }

            if (!f.HasResult)
            {
                reasons.Add("Your story had no clear result; finish with what happened and what changed because of you.");
            }
        }
        else if (d.Structure < 5)
        {
            reasons.Add("Organise the answer: give your main point first, then walk through it in steps (\"first…, then…, finally…\").");
        }

        if (f.Numbers == 0 && !q.Category.Equals("introduction", StringComparison.Ordinal) && d.Relevance >= 2)
        {
            reasons.Add("You gave no measurable result; add a number such as time saved, users affected or % improvement.");
        }
        else if (d.Specificity >= 7)
        {
            reasons.Add("You backed the answer with concrete details (numbers, named tools, outcomes).");
        }

        if (f.Hedges >= 2)
        {
            reasons.Add("Words like \"usually\", \"maybe\" and \"stuff\" make the answer sound vague; describe one real case instead.");
        }

        if (f.Reasoning == 0 && q.IsTechnical)
        {
            reasons.Add("Explain why, not just what: mention the trade-offs or the alternatives you considered.");
        }
        else if (d.Depth >= 7)
        {
            reasons.Add("You showed depth by explaining your reasoning, not just the steps.");
        }

        if (delivery is not null)
        {
            reasons.AddRange(DeliveryBands.Reasons(delivery));
        }
        else if (f.FillerCount >= 3)
        {
            var list = string.Join(", ", f.Fillers.OrderByDescending(kv => kv.Value).Take(3).Select(kv => $"\"{kv.Key}\" ×{kv.Value}"));
            reasons.Add($"You used filler words ({list}); a short pause sounds more confident.");
        }

        if (f.AverageSentenceWords > 40 && !DimensionScorer.Unpunctuated(f, delivery))
        {
            reasons.Add("Some sentences ran very long; split them so the listener can follow.");
        }
        else if (f.WordCount is >= 12 and < 35)
        {
            reasons.Add("The answer was brief; a spoken answer of one to two minutes (about 150–300 words) leaves room for an example.");
        }

        return reasons;
    }

    public static string Feedback(double score, DimensionScores d, IReadOnlyList<AnswerFlag> flags, IReadOnlyList<string> reasons)
    {
        var verdict = score switch
        {
            >= 8 => "Strong answer.",
            >= 6.5 => "Good answer.",
            >= 5 => "A reasonable answer with clear room to improve.",
            >= 3 => "A weak answer.",
            _ => "This answer would not pass in a real interview.",
        };
        var best = new (string Name, double Value)[]
        {
            ("relevance", d.Relevance), ("structure", d.Structure), ("specificity", d.Specificity), ("depth", d.Depth), ("communication", d.Communication),
        };
        var top = best.MaxBy(b => b.Value);
        var low = best.MinBy(b => b.Value);
        var text = $"{verdict} Score {score:0.0}/10.";
        if (flags.Count == 0 && score >= 5 && top.Value >= 6)
        {
            text += $" Your strongest side here was {top.Name}.";
        }

        var advice = reasons.FirstOrDefault(r => flags.All(fl => fl.Message != r)) ?? reasons.FirstOrDefault();
        if (advice is not null)
        {
            text += " " + advice;
        }

        if (flags.Count == 0 && low.Value < 5 && !text.Contains(low.Name, StringComparison.Ordinal))
        {
            text += $" Work most on {low.Name}.";
        }

        return text;
    }

    private static string Lower(string point) =>
        point.Length > 1 && char.IsUpper(point[0]) && !char.IsUpper(point[1]) ? char.ToLowerInvariant(point[0]) + point[1..].TrimEnd('.') : point.TrimEnd('.');
}
