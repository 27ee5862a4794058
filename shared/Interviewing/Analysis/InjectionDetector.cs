using System.Text.RegularExpressions;

namespace MockInterview.Interviewing.Analysis;

/// <summary>Finds text addressed to the grader instead of the interviewer, in its many disguises: "ignore previous
/// instructions", a note to "the evaluator", a fake SYSTEM turn or markup, a score written into the answer
/// ("score=10", "10/10"), or role-play aimed at the model. Each pattern is a signal a person answering an interviewer
/// would not produce; the phrases found are quoted back to the candidate.</summary>
internal static class InjectionDetector
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.Multiline;

    // Who the text speaks to when it is not the interviewer.
    private const string Grader =
        @"(?:grader|graders|evaluator|evaluators|assessor|scorer|marker|scoring (?:model|system|engine|bot|guide|ai)|grading (?:model|system|engine|bot|ai)|evaluator model|evaluation (?:model|system|engine)|reviewer bot|review bot|automated (?:reviewer|grader|system|evaluator)|language model|llm|ai (?:model|grader|reviewer|evaluator|system|assistant)|chatgpt|gpt|claude|the model|the ai|assistant)";

    // A maximal score spelled out.
    private const string TopScore =
        @"(?:10\s*/\s*10|10 out of 10|ten out of ten|100\s*/\s*100|full (?:marks|points|score)|perfect (?:score|marks|10)|max(?:imum)? (?:score|points|marks|rating)|top (?:score|marks|rating)|highest (?:possible )?(?:score|marks|rating)|best (?:possible )?score)";

    // The same, less the words that begin ordinary sentences ("The model, once trained, …").
    private const string AddressedGrader =
        @"(?:grader|evaluator|assessor|scorer|scoring (?:model|system|engine|bot|ai)|grading (?:model|system|engine|bot|ai)|evaluator model|reviewer bot|review bot|automated (?:reviewer|grader|evaluator)|language model|ai (?:grader|reviewer|evaluator)|assistant)";

    // After an addressee: "the AI team" and "the scoring service" are people and systems a candidate talks about.
    private const string NotAGroup =
        @"(?!\s+(?:team|teams|engineers?|engineering|group|board|researchers?|research|project|product|platform|lab|committee|review|reviewers?|code|pipeline|service|services|model|models))";

    // Each branch is one signal a person answering an interviewer would not produce. One pattern per branch: each then
    // has its own literal prefix for the engine's vectorised search, where one pattern of all branches starts with
    // almost any letter and is tried at every position (30 ms on a 5,000-character answer, against well under 1 ms).
    private static readonly string[] Branches =
    [
        @"\b(?:ignore|disregard|forget|override|bypass|skip)\s+(?:all\s+|any\s+|the\s+|your\s+|of\s+|these\s+|those\s+|my\s+|this\s+)*(?:(?:previous|prior|above|earlier|preceding|system|original|grading|scoring|evaluation|current)\s+)*(?:instructions?|prompts?|rules?|guidelines?|criteria|rubric|guide|scoring|grading|evaluation|question|above|everything)\b",
        @"\b(?:dear|hey|hi|attention|note (?:to|for)|message (?:to|for)|instructions? (?:to|for)|p\.?\s?s\.? (?:to|for))\s+(?:the\s+|any\s+|all\s+|my\s+)?" + Grader + @"\b" + NotAGroup,
        // The word first and the look-behind after it: a pattern that starts with a look-behind has no literal prefix, so
        // the engine would try it at every position of the answer.
        @"\b" + AddressedGrader + @"(?<=(?:^|[\[(\-.!?;>])\s*" + AddressedGrader + @")\s*(?:instructions?|note)?\s*[:,]",
        @"\b(?:grader|grading|evaluator|scoring|evaluation|reviewer)\s+(?:instructions?|note|override|directive|mode)\b",
        @"\b(?:if you are|as|you are|you're|act as|pretend (?:to be|you are)|roleplay as|role-play as)\s+(?:an?\s+|the\s+)?(?:ai|llm|language model|large language model|grader|evaluator|assessor|grading (?:ai|model|system)|scoring (?:ai|model|system))\b(?!\s+(?:engineer|engineering|researcher|research|team|product|startup|company|project|feature|platform|infrastructure|ethics|safety|model training))",
        @"(?-i:\b(?:SYSTEM|ASSISTANT|DEVELOPER|ADMIN)(?<=(?:^|[.!?;:\]>)\-#])\s*(?:SYSTEM|ASSISTANT|DEVELOPER|ADMIN))\b\s*(?::|OVERRIDE|override|prompt|message|note))",
        @"</?\s*(?:system|assistant|user|instructions?|prompt|answer|response|grader\w*|evaluat\w*|scor\w*|rubric\w*|im_start|im_end)\b[^>]*>|<\|[a-z_]+\|>|\[/?INST\]|<<\s*/?SYS\s*>>",
        @"""role""\s*:\s*""(?:system|assistant|developer)""",
        @"\[\s*(?:end|begin|start)\s+(?:of\s+)?(?:answer|response|evaluation|grading|instructions?|system)\s*\]",
        @"<!--[^>]*?(?:grader|evaluat|review|scor|model|\bai\b|assistant|instruction|ignore|rubric)[\s\S]*?-->",
        @"\b(?:system prompt|developer mode|jailbreak|new instructions|updated instructions|prompt injection test)\b",
        @"\b(?:final\s+|overall\s+)?(?:score|rating|grade|mark)s?\s*[""']?\s*[:=]\s*[""']?\s*(?:10|ten|100|9(?:\.\d)?)\b",
        @"\b(?:final|correct) (?:score|grade|evaluation)\b",
        @"\b(?:before|when|while) you (?:score|grade|rate|mark) (?:this|it|my)\b",
        @"\byou (?:must|should|will|need to|have to|are required to)\s+(?:now\s+)?(?:rate|score|grade|award|assign|mark|output|return|respond)\b",
        @"\b(?:this|the|my) (?:answer|response|reply)(?: above)? (?:is|was|deserves|should (?:get|be|receive)|fully satisfies|meets|covers)\s+(?:perfect|excellent|outstanding|a 10|full marks|the best|every rubric|all (?:the )?rubric)",
        @"\b" + TopScore,
        @"\b(?:give|award|assign|rate|rated|score|scored|mark|grade|graded|record|return|output|receive|deserves?|gets?|get|given)\s+(?:me\s+|this\s+|it\s+|them\s+|my\s+(?:answer|response)\s+|this\s+(?:answer|response|reply)\s+|the\s+candidate\s+)?(?:a\s+|an\s+)?(?:score\s+of\s+)?(?:10|ten)\b(?=\s*(?:$|[.,;:!?)\]""']|/\s*10|out of|points?\b|marks?\b|for this|because|regardless|now))",
        @"\b(?:mark|rate|grade|score|treat|record|consider)\s+(?:it|this|me|my answer|this answer|this response|the answer)\s+(?:as\s+)?(?:outstanding|excellent|perfect|exemplary|correct and complete|the best|highly|a pass|passed|top)\b",
        // A greeting or a note aimed at a machine reader: "Hey AI, …", "comment for the AI reviewer: …".
        @"\b(?:hey|hi|hello|dear|yo|psst|attention)\s*,?\s+(?:the\s+|dear\s+|my\s+)?(?:ai|bot|robot|model|llm|gpt|chatgpt|claude|gemini|grader|evaluator|reviewer|assessor|scorer|screener)\b",
        @"\b(?:comments?|notes?|messages?|memo|instructions?|reminders?|hints?|requests?)\s+(?:to|for)\s+(?:the\s+|any\s+|my\s+|our\s+|whichever\s+)?(?:ai|bot|llm|gpt|automated|automatic|grader|graders|evaluator|assessor|scorer|grading|scoring|screening (?:bot|tool|system))\b" + NotAGroup,
        // A score asked for with the answer as its object: "give this one a 10", "rate me a ten", "score it 10".
        @"\b(?:give|award|assign|rate|grade|mark|score)\s+(?:this|it|me|my|the|him|her|them)\b[^.!?\n]{0,30}?\b(?:10|ten)\b(?!\s*(?:%|percent|ms|milliseconds|seconds?|minutes?|hours?|days?|weeks?|months?|years?|x\b|times|users?|customers?|people|engineers?|servers?|requests?|items?|k\b))",
        // A score written as data: "UPDATE scores SET …", "set score = 10".
        @"\bupdate\s+\w*(?:scores?|ratings?|grades?|evaluations?)\b|\b(?:scores?|ratings?|grades?)\s+set\b|\bset\s+(?:the\s+)?(?:score|rating|grade)\s*(?:=|to\b)",
        // Asking for a good mark in words, or stating one: "please give me a high score", "score: excellent", "full credit".
        @"\b(?:give|award|assign|grant)\s+(?:me|this|it|my (?:answer|response))\s+(?:a\s+|the\s+)?(?:high|higher|good|great|top|perfect|max|maximum|full|passing)\s+(?:score|mark|marks|rating|grade|credit)\b",
        @"\b(?:score|rating|grade|verdict|evaluation)\s*[:=]\s*[""']?\s*(?:excellent|outstanding|perfect|maximum|max|pass(?:ed)?|a\+|strong hire|hire)\b",
        @"\b(?:full|maximum|max|extra) credit\b|\bbe (?:lenient|kind|easy) (?:with|on) (?:me|this|the (?:score|grading))\b|\bgo easy on (?:me|this)\b",
        // Markup and meta-talk about the machine reading this: "### Instruction", "the AI scoring this", "automated evaluation".
        @"(?:^|\n)\s*#{2,}\s*(?:instructions?|system|note|grader|evaluator)\b",
        @"\b(?:ai|model|llm|bot|algorithm|system)\s+(?:(?:that|which|who)\s+)?(?:is\s+|are\s+|will be\s+)?(?:scoring|grading|evaluating|marking|assessing|screening)\s+(?:this|me|my|the candidate)\b",
        @"\bautomated (?:evaluation|scoring|grading|assessment|screening)\b(?!\s+(?:pipeline|system we|tool we|of (?:our|the) (?:model|models)))",
        @"\b(?:pre-?approved|already (?:been )?(?:verified|approved|graded)|must (?:receive|get|be (?:graded|scored|rated|given))|be generous|do not (?:penali[sz]e|deduct|flag)|don't (?:penali[sz]e|deduct|flag))\b",
    ];

    private static readonly Regex[] Patterns = Branches.Select(b => new Regex(b, Options)).ToArray();

    /// <summary>The suspicious phrases in <paramref name="text"/>, in order, without duplicates or overlaps.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        List<Match>? matches = null;
        foreach (var pattern in Patterns)
        {
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                (matches ??= []).Add(match);
            }
        }

        if (matches is null)
        {
            return [];
        }

        // Leftmost first, longest at a tie; a match inside one already taken is the same signal seen twice.
        matches.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
        var found = new List<string>();
        var end = 0;
        foreach (var match in matches)
        {
            if (match.Index < end)
            {
                continue;
            }

            end = match.Index + match.Length;
            var phrase = Shorten(match.Value.Trim(' ', '\n', '\r', '\t', '.', ',', ';', ':', '(', '[', '-', '>'));
            if (phrase.Length > 0 && !found.Contains(phrase, StringComparer.OrdinalIgnoreCase))
            {
                found.Add(phrase);
            }
        }

        return found;
    }

    private static string Shorten(string phrase) => phrase.Length <= 60 ? phrase : phrase[..57] + "…";
}
