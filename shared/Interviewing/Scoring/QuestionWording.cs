using System.Text.RegularExpressions;
using MockInterview.Interviewing.Bank;

namespace MockInterview.Interviewing.Scoring;

/// <summary>What kind of question a typed-in question is, read from its wording: a question sent to /api/evaluate in
/// a customized interview has no category of its own, and a logistics question (notice period, salary) has a short
/// right answer.</summary>
internal static class QuestionWording
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly Regex IntroductionPattern = new(
        @"\b(?:(?:tell|talk) (?:me|us) (?:a (?:bit|little) )?about yourself|introduce yourself|walk (?:me|us) through your (?:background|resume|résumé|cv|career)|who are you|your (?:professional )?background)\b",
        Options);

    private static readonly Regex ClosingPattern = new(
        @"\b(?:(?:any|what) questions (?:do you have )?(?:for|about) (?:me|us|the (?:team|role|company))|do you have (?:any )?questions|anything else you(?:'d| would) like to (?:add|ask|say)|why should we hire you)\b",
        Options);

    private static readonly Regex BehavioralPattern = new(
        @"\b(?:tell (?:me|us) about (?:a|an|the|one) (?:time|occasion|situation|moment|instance|project|case|conflict|mistake|failure|decision|challenge)|(?:describe|share|give (?:me |us )?an example of|walk (?:me|us) through) (?:a|an|one) (?:time|occasion|situation|moment|instance|case)|(?:a|the|one) time (?:when |where |that )?you|have you ever|how did you (?:handle|deal|manage|resolve|respond|react|cope|approach|convince|persuade)|what did you (?:do|learn)|when (?:did|have) you (?:last )?(?:had|have|disagree|fail|lead|led))\b",
        Options);

    private static readonly Regex LogisticsPattern = new(
        @"\b(?:salary|compensation|pay range|notice period|notice|start date|when (?:can|could|would) you (?:start|join)|relocat\w*|visa|sponsorship|work (?:permit|authori[sz]ation)|right to work|remote|hybrid|on-?site|in the office|travel|other (?:offers|processes|companies|interviews)|interviewing (?:with|elsewhere)|full[- ]time|part[- ]time|availab\w*|working hours|shifts?|on-?call)\b",
        Options);

    private static readonly Regex ScreeningPattern = new(
        @"\b(?:why (?:do you want|are you (?:interested|applying|leaving|looking)|did you (?:leave|apply)|this (?:company|role|job|team)|us|our)|strengths?|weakness(?:es)?|where do you see yourself|career (?:goals?|plans?)|(?:five|5|ten|10) years|motivat\w*|what are you looking for|what do you know about (?:us|our|the company)|what (?:excites|interests) you|ideal (?:job|role|team|manager)|work(?:ing)? style)\b",
        Options);

    /// <summary>The category a question's wording suggests; <see cref="QuestionCategories.Technical"/> when nothing
    /// else fits, since knowledge questions have the widest wording.</summary>
    public static string InferCategory(string text) => text switch
    {
        _ when BehavioralPattern.IsMatch(text) => QuestionCategories.Behavioral,
        _ when IntroductionPattern.IsMatch(text) => QuestionCategories.Introduction,
        _ when ClosingPattern.IsMatch(text) => QuestionCategories.Closing,
        _ when LogisticsPattern.IsMatch(text) || ScreeningPattern.IsMatch(text) => QuestionCategories.Screening,
        _ => QuestionCategories.Technical,
    };

    /// <summary>True for practical questions (start date, salary, location) that a sentence or two answers fully.</summary>
    public static bool IsLogistics(string text) => LogisticsPattern.IsMatch(text) && !BehavioralPattern.IsMatch(text);

    /// <summary>The category to score a question in: a bank category wins; a mode name ("customized") or an unknown
    /// category is replaced by what the wording suggests; a screening call's self-introduction or closing question
    /// is scored as one.</summary>
    public static string Resolve(string? given, string text)
    {
        var category = given?.Trim().ToLowerInvariant() ?? string.Empty;
        if (category == QuestionCategories.Screening)
        {
            var inferred = InferCategory(text);
            return inferred is QuestionCategories.Introduction or QuestionCategories.Closing ? inferred : category;
        }

        return QuestionCategories.All.Contains(category, StringComparer.Ordinal) ? category : InferCategory(text);
    }
}
