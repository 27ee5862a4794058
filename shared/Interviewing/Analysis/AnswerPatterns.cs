using System.Text.RegularExpressions;

namespace MockInterview.Interviewing.Analysis;

/// <summary>The phrase patterns answers are measured with, compiled at build time (scoring must stay well under 1 ms).</summary>
internal static partial class AnswerPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"(?<=[.!?])\s+|\s*\n\s*")]
    public static partial Regex SentenceBoundary();

    [GeneratedRegex(@"[$€£]\s?\d|\b\d+(?:[.,]\d+)?\s*(?:%|percent\b|x\b|ms\b|k\b)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred|hundreds|thousand|thousands|million|millions|half|double|doubled|tripled|halved)\b", Options)]
    public static partial Regex Number();

    [GeneratedRegex(@"\b(?:reduc|increas|improv|saved|saving|cut\b|grew|doubl|halv|launch|shipp?ed|deliver|resolv|achiev|exceed|decreas|lowered|boost|sped up|speed(?:ed)? up|recover|retain|prevent|promot|adopt|hit (?:the|our)|met (?:the|our)|on time|ahead of)", Options)]
    public static partial Regex Outcome();

    [GeneratedRegex(@"\b(?:because|therefore|so that|which means|trade[- ]?offs?|however|instead|alternatively|whereas|versus|vs\.?|it depends|depends on|downside|upside|the risk|the reason|in order to|on the other hand|compared (?:to|with)|rather than|consequently|otherwise|at the cost of|the cost of|pros and cons|bottleneck|edge cases?)\b", Options)]
    public static partial Regex Reasoning();

    [GeneratedRegex(@"\b(?:learn(?:ed|t)|lessons?|in hindsight|looking back|next time|do (?:it )?differently|i reali[sz]ed|taught me|since then|now i always|i would have)\b", Options)]
    public static partial Regex Reflection();

    [GeneratedRegex(@"\b(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|finally|lastly|in summary|to summari[sz]e|overall|there are (?:two|three|four|a few|several)|on one hand|in short|the main|step one|after that)\b", Options)]
    public static partial Regex Signpost();

    [GeneratedRegex(@"\b(?:for example|for instance|e\.g\.|such as|in my (?:last|previous|current|first) (?:role|job|team|project|company|position|internship)|at my (?:last|previous|current|old) (?:job|company|role|team)|on (?:a|one|my last) project|one time)\b", Options)]
    public static partial Regex Example();

    [GeneratedRegex(@"\b(?:maybe|probably|i guess|generally|usually|normally|stuff|various things|somehow|whatever|etc|and so on|and so forth|try to|trying to|i would say|it depends on the situation|all sorts)\b", Options)]
    public static partial Regex Hedge();

    [GeneratedRegex(@"\b(?:when i was|at my (?:previous|last|current|old|first)|last (?:year|quarter|month|summer)|(?:a few|two|three|several) (?:months|years|weeks) ago|in my (?:previous|last|current|first) (?:role|job|team|company|position|internship)|we were|the project|situation|context|background|there was|at the time|back in|during (?:my|a|the|our)|while (?:i was|working)|i was working|i joined|our team|my team)\b", Options)]
    public static partial Regex Situation();

    [GeneratedRegex(@"\b(?:my (?:task|job|role|goal|responsibility|assignment) was|i was (?:responsible|asked|tasked|in charge|assigned|supposed)|i needed to|i had to|we needed to|we had to|the goal was|the task was|our goal|the challenge was|the problem was|deadline|objective|my part was|i owned)\b", Options)]
    public static partial Regex Task();

    [GeneratedRegex(@"\bI\s+(?:then\s+|first\s+|quickly\s+|personally\s+|also\s+|immediately\s+|eventually\s+|finally\s+)?(?:[a-z]{2,}ed|built|wrote|rewrote|made|led|ran|set|met|took|spoke|brought|chose|gave|sent|found|began|drove|did|got|put|sat|went|told|held|kept|paid|sought|taught|dealt|won|broke|split|shared|drew|cut|fixed|pushed|reached|asked|proposed|decided|started|created|scheduled|suggested|showed|wrote)\b", Options)]
    public static partial Regex OwnAction();

    [GeneratedRegex(@"\bwe\s+(?:then\s+|also\s+|finally\s+)?(?:[a-z]{2,}ed|built|wrote|made|ran|set|met|took|chose|found|began|did|got|put|went|held|kept|won|split|shared|cut|fixed)\b", Options)]
    public static partial Regex TeamAction();

    [GeneratedRegex(@"\b(?:as a result|result(?:ed|s)?|outcome|in the end|eventually|ended up|which (?:led|meant)|the impact|impact was|we (?:shipped|launched|delivered|hit|met|reduced|increased|improved|saved|cut|won|finished|closed)|it (?:worked|reduced|increased|improved|saved|cut|paid off)|reduc\w*|increas\w*|improv\w*|saved|cut (?:\w+ )?(?:by|from|to)|went (?:down|up) (?:from|to|by)|went from|success\w*|on time|ahead of schedule|the feedback was|afterwards|since then|the client (?:was|renewed|signed)|got promoted|was adopted|resolved)\b", Options)]
    public static partial Regex Result();

    [GeneratedRegex(@"\b(?:um+|uh+m?|erm+|hmm+|basically|literally|you know|kind of|sort of|i mean|you see|so yeah|or whatever)\b|,\s*like\b|\blike\s*,", Options)]
    public static partial Regex Filler();

    [GeneratedRegex(@"(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|the\s+|your\s+|of\s+|these\s+)*(?:previous|prior|above|earlier|preceding|system|original|grading)?\s*(?:instructions?|prompts?|rules|guidelines|criteria|rubric)|\b(?:as|you are|act as)\s+(?:the|an|a|my)\s+(?:ai|evaluator|grader|assessor|language model|llm|scoring (?:system|model|engine)|interviewer bot|reviewer)\b|\b(?:give|award|assign|rate|score|mark|grade)\s+(?:me|this(?: answer| response)?|it|my (?:answer|response))\s+(?:as\s+)?(?:a\s+|an\s+)?(?:10|ten|full|perfect|max(?:imum)?|top|the (?:highest|maximum|best|top))|\b10\s*/\s*10\b|\b10 out of 10\b|\bfull marks\b|\bperfect score\b|\bhighest (?:possible )?score\b|system prompt|developer mode|jailbreak|new instructions|you must (?:now )?(?:rate|score|give|grade)|</?(?:system|assistant|user|instructions?)>|^\s*(?:system|assistant)\s*:|\b(?:dear|attention|note (?:to|for)(?: the)?) (?:grader|evaluator|ai|assessor|reviewer|model|llm)\b|\bthis answer (?:is|deserves) (?:perfect|excellent|a 10)", Options | RegexOptions.Multiline)]
    public static partial Regex Injection();

    [GeneratedRegex(@"[,;|•/\n]+")]
    public static partial Regex ListSeparator();
}
