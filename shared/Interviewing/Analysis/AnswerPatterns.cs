using System.Text.RegularExpressions;

namespace MockInterview.Interviewing.Analysis;

/// <summary>The phrase patterns answers are measured with. RegexOptions.Compiled rather than source generation: compiled
/// patterns are JIT-optimised even in Debug builds, where generated ones run several times slower (scoring must stay
/// well under 1 ms per answer wherever it runs).</summary>
internal static class AnswerPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex SentenceBoundaryPattern = new(@"(?<=[.!?])\s+|\s*\n\s*", RegexOptions.Compiled);

    public static Regex SentenceBoundary() => SentenceBoundaryPattern;

    private static readonly Regex NumberPattern = new(@"[$€£]\s?\d|\b\d+(?:[.,]\d+)?\s*(?:%|percent\b|x\b|ms\b|k\b)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred|hundreds|thousand|thousands|million|millions|half|double|doubled|tripled|halved)\b", Options | RegexOptions.Compiled);

    public static Regex Number() => NumberPattern;

    private static readonly Regex OutcomePattern = new(@"\b(?:reduc|increas|improv|saved|saving|cut\b|grew|doubl|halv|launch|shipp?ed|deliver|resolv|achiev|exceed|decreas|lowered|boost|sped up|speed(?:ed)? up|recover|retain|prevent|promot|adopt|hit (?:the|our)|met (?:the|our)|on time|ahead of)", Options | RegexOptions.Compiled);

    public static Regex Outcome() => OutcomePattern;

    private static readonly Regex ReasoningPattern = new(@"\b(?:because|therefore|so that|which means|trade[- ]?offs?|however|instead|alternatively|whereas|versus|vs\.?|it depends|depends on|downside|upside|the risk|the reason|in order to|on the other hand|compared (?:to|with)|rather than|consequently|otherwise|at the cost of|the cost of|pros and cons|bottleneck|edge cases?)\b", Options | RegexOptions.Compiled);

    public static Regex Reasoning() => ReasoningPattern;

    private static readonly Regex ReflectionPattern = new(@"\b(?:learn(?:ed|t)|lessons?|in hindsight|looking back|next time|do (?:it )?differently|i reali[sz]ed|taught me|since then|now i always|i would have)\b", Options | RegexOptions.Compiled);

    public static Regex Reflection() => ReflectionPattern;

    private static readonly Regex SignpostPattern = new(@"\b(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|finally|lastly|in summary|to summari[sz]e|overall|there are (?:two|three|four|a few|several)|on one hand|in short|the main|step one|after that)\b", Options | RegexOptions.Compiled);

    public static Regex Signpost() => SignpostPattern;

    private static readonly Regex ExamplePattern = new(@"\b(?:for example|for instance|e\.g\.|such as|in my (?:last|previous|current|first) (?:role|job|team|project|company|position|internship)|at my (?:last|previous|current|old) (?:job|company|role|team)|on (?:a|one|my last) project|one time)\b", Options | RegexOptions.Compiled);

    public static Regex Example() => ExamplePattern;

    private static readonly Regex HedgePattern = new(@"\b(?:maybe|probably|i guess|generally|usually|normally|stuff|various things|somehow|whatever|etc|and so on|and so forth|try to|trying to|i would say|it depends on the situation|all sorts)\b", Options | RegexOptions.Compiled);

    public static Regex Hedge() => HedgePattern;

    private static readonly Regex SituationPattern = new(@"\b(?:when i was|at my (?:previous|last|current|old|first)|last (?:year|quarter|month|summer)|(?:a few|two|three|several) (?:months|years|weeks) ago|in my (?:previous|last|current|first) (?:role|job|team|company|position|internship)|we were|the project|situation|context|background|there was|at the time|back in|during (?:my|a|the|our)|while (?:i was|working)|i was working|i joined|our team|my team)\b", Options | RegexOptions.Compiled);

    public static Regex Situation() => SituationPattern;

    private static readonly Regex TaskPattern = new(@"\b(?:my (?:task|job|role|goal|responsibility|assignment) was|i was (?:responsible|asked|tasked|in charge|assigned|supposed)|i needed to|i had to|we needed to|we had to|the goal was|the task was|our goal|the challenge was|the problem was|deadline|objective|my part was|i owned)\b", Options | RegexOptions.Compiled);

    public static Regex Task() => TaskPattern;

    private static readonly Regex OwnActionPattern = new(@"\bI\s+(?:then\s+|first\s+|quickly\s+|personally\s+|also\s+|immediately\s+|eventually\s+|finally\s+)?(?:[a-z]{2,}ed|built|wrote|rewrote|made|led|ran|set|met|took|spoke|brought|chose|gave|sent|found|began|drove|did|got|put|sat|went|told|held|kept|paid|sought|taught|dealt|won|broke|split|shared|drew|cut|fixed|pushed|reached|asked|proposed|decided|started|created|scheduled|suggested|showed|wrote)\b", Options | RegexOptions.Compiled);

    public static Regex OwnAction() => OwnActionPattern;

    private static readonly Regex TeamActionPattern = new(@"\bwe\s+(?:then\s+|also\s+|finally\s+)?(?:[a-z]{2,}ed|built|wrote|made|ran|set|met|took|chose|found|began|did|got|put|went|held|kept|won|split|shared|cut|fixed)\b", Options | RegexOptions.Compiled);

    public static Regex TeamAction() => TeamActionPattern;

    private static readonly Regex ResultPattern = new(@"\b(?:as a result|result(?:ed|s)?|outcome|in the end|eventually|ended up|which (?:led|meant)|the impact|impact was|we (?:shipped|launched|delivered|hit|met|reduced|increased|improved|saved|cut|won|finished|closed)|it (?:worked|reduced|increased|improved|saved|cut|paid off)|reduc\w*|increas\w*|improv\w*|saved|cut (?:\w+ )?(?:by|from|to)|went (?:down|up) (?:from|to|by)|went from|success\w*|on time|ahead of schedule|the feedback was|afterwards|since then|the client (?:was|renewed|signed)|got promoted|was adopted|resolved|worked (?:well|out)|went well|turned out|we agreed|(?:they|she|he) agreed|it paid off|stayed with us)\b", Options | RegexOptions.Compiled);

    public static Regex Result() => ResultPattern;

    // Outcome sentences in words of their own, read one sentence at a time: someone else's decision ("the team agreed to
    // migrate", "the customer stayed"), a present state introduced by "now" ("deploys now take ten minutes"), a problem
    // that stopped ("it has not happened since", "we never had that problem again", "no longer"), or a change in
    // figures ("from 40 to 8", "dropped to 2%", "down by a third", "ten minutes instead of two hours").
    private const string CountWord = @"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|a hundred|half|a few)\b";

    private static readonly Regex OutcomeSentencePattern = new(
        @"\b(?:(?:agreed|adopted|approved|accepted|signed(?: off)?|renewed|stayed|extended|bought in|went live|rolled out|switched over|took it up)\b" +
        @"|now\s+\w+\s+(?:in|under|within|less|fewer|faster|only|about|around|twice|half|[$€£]?\d)\b|now\s+(?:\w+\s+)?(?:takes?|runs?|has|have|is|are|gets?|ships?|costs?|uses?|happens?|sees?|finish(?:es)?|loads?|passes|works?|reach(?:es)?|\w+s)\b" +
        @"|no longer\b|never\s+(?:\w+\s+){0,7}again\b|(?:has|have|had)(?:n't| not)\s+(?:\w+\s+){0,3}since\b|ever since\b|(?:hasn't|haven't) (?:\w+ )?again\b" +
        @"|from\s+(?:about\s+|around\s+)?(?:[$€£]?\d[\d.,]*|" + CountWord + @")\s*\S*\s+(?:\w+\s+)?(?:to|down to|up to)\s+(?:about\s+|around\s+|under\s+)?(?:[$€£]?\d|" + CountWord + @")" +
        @"|(?:dropped|fell|rose|grew|shrank|came down|went down|went up|was down|were down|was up|were up)\s+(?:\w+\s+)?(?:to|by|from|under)\b" +
        @"|(?:instead of|down from|up from)\s+(?:about\s+)?(?:\d|a |an |one |two |three |four |five |six |ten |several )" +
        @"|(?:half|a third|a quarter|twice|three times) (?:as|the)\b)",
        Options | RegexOptions.Compiled);

    public static Regex OutcomeSentence() => OutcomeSentencePattern;

    private static readonly Regex FillerPattern = new(@"\b(?:um+|uh+m?|erm+|hmm+|basically|literally|you know|kind of|sort of|i mean|you see|so yeah|or whatever)\b|,\s*like\b|\blike\s*,", Options | RegexOptions.Compiled);

    public static Regex Filler() => FillerPattern;

    private static readonly Regex ListSeparatorPattern = new(@"[,;|•/\n]+", RegexOptions.Compiled);

    public static Regex ListSeparator() => ListSeparatorPattern;
}
