namespace MockInterview.Resumes.Profiles;

/// <summary>Words that mark a job title ("Engineer", "Manager", "Intern") or an employer ("Inc", "GmbH").</summary>
internal static class TitleWords
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "engineer", "developer", "programmer", "manager", "analyst", "scientist", "designer", "consultant", "director",
        "lead", "architect", "specialist", "administrator", "coordinator", "officer", "intern", "internship", "assistant",
        "associate", "head", "vp", "president", "founder", "co-founder", "cofounder", "owner", "teacher", "lecturer",
        "professor", "researcher", "technician", "representative", "executive", "accountant", "nurse", "writer", "editor",
        "strategist", "advisor", "adviser", "principal", "supervisor", "agent", "clerk", "cashier", "chef", "marketer",
        "recruiter", "trainer", "tutor", "instructor", "fellow", "postdoc", "contractor", "freelancer", "freelance",
        "operator", "producer", "ceo", "cto", "cfo", "coo", "cio", "sre", "devops", "tester", "apprentice", "trainee",
        "mechanic", "electrician", "paralegal", "attorney", "lawyer", "pharmacist", "physician", "therapist", "sde",
        "swe", "staff", "senior", "junior", "sr", "jr", "chief", "partner", "member", "secretary", "receptionist",
        "barista", "server", "waiter", "waitress", "bartender", "driver", "courier", "auditor", "controller", "buyer",
        "planner", "scrum", "owner", "evangelist", "advocate", "steward", "counselor", "counsellor", "librarian",
        "journalist", "photographer", "illustrator", "animator", "copywriter", "bookkeeper", "dentist", "surgeon",
        "paramedic", "pilot", "soldier", "sergeant", "lieutenant", "captain", "commander", "ambassador", "volunteer",
        "student", "assistantship", "worker", "associate", "merchandiser", "storekeeper", "supervisor", "foreman",
    };

    private static readonly HashSet<string> Employers = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "ltd", "llc", "llp", "gmbh", "corp", "corporation", "company", "co", "group", "technologies", "labs",
        "bank", "hospital", "agency", "plc", "ag", "sa", "bv", "studio", "studios", "solutions", "systems", "limited",
        "partners", "consulting", "ventures", "holdings", "foundation", "institute", "university", "college", "school",
    };

    /// <summary>True when a word of the text is a title word.</summary>
    public static bool ContainsTitleWord(string text) => Words(text).Any(Titles.Contains);

    /// <summary>True when a word of the text marks an employer.</summary>
    public static bool ContainsEmployerWord(string text) => Words(text).Any(Employers.Contains);

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', '.', '(', ')', '/', '|', '&'], StringSplitOptions.RemoveEmptyEntries);
}
