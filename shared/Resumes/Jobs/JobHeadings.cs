using MockInterview.Resumes.Profiles;

namespace MockInterview.Resumes.Jobs;

/// <summary>Recognises the headings of a job description ("Requirements:", "Nice to have", "What you'll do").</summary>
internal static class JobHeadings
{
    private static readonly Dictionary<string, JobSection> Variants = Build();

    public static bool TryMatch(string line, out JobSection section, out string rest)
    {
        section = default;
        rest = string.Empty;
        var trimmed = line.Trim().TrimStart('#', '*', ' ').TrimEnd('*', ' ');
        if (trimmed.Length is 0 or > 90)
        {
            return false;
        }

        var colon = trimmed.IndexOf(':');
        var head = colon > 0 ? trimmed[..colon] : trimmed;
        if (head.Length > 60 || !Variants.TryGetValue(SectionHeadings.Normalize(head.Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal)), out section))
        {
            return false;
        }

        rest = colon > 0 ? trimmed[(colon + 1)..].Trim() : string.Empty;
        return true;
    }

    private static Dictionary<string, JobSection> Build()
    {
        var map = new Dictionary<string, JobSection>(StringComparer.Ordinal);
        void Add(JobSection section, params string[] names)
        {
            foreach (var name in names)
            {
                map[SectionHeadings.Normalize(name)] = section;
            }
        }

        Add(JobSection.Responsibilities, "responsibilities", "key responsibilities", "your responsibilities", "duties", "main duties", "what youll do", "what you will do", "what you ll do", "the role", "your role", "about the role", "in this role", "in this role you will", "role", "job description", "day to day", "your day to day", "what youll be doing", "what you will be doing", "the job", "your mission", "your impact", "the opportunity", "accountabilities", "tasks", "your tasks", "you will");
        Add(JobSection.Required, "requirements", "required", "required skills", "required qualifications", "requirements and qualifications", "qualifications", "minimum qualifications", "basic qualifications", "must have", "must haves", "must have skills", "what you bring", "what we are looking for", "what were looking for", "who you are", "about you", "you have", "you should have", "skills and experience", "experience", "essential", "essential skills", "essential criteria", "skills", "technical requirements", "key skills", "your profile", "profile", "what you need", "what youll need", "what you will need", "your skills", "candidate profile", "we expect", "knowledge and skills", "your background", "skills and qualifications", "requirements and skills", "key requirements", "ideal candidate", "the ideal candidate");
        Add(JobSection.NiceToHave, "nice to have", "nice to haves", "nice to have skills", "preferred", "preferred qualifications", "preferred skills", "bonus", "bonus points", "pluses", "plus", "desired", "desired skills", "desirable", "desirable skills", "good to have", "extra credit", "it would be great if", "even better if", "bonus if you have", "additional qualifications", "optional", "would be a plus", "great to have", "ideally", "ideally you have", "what sets you apart", "you might also have", "desired qualifications");
        Add(JobSection.About, "about us", "about the company", "who we are", "company", "our company", "benefits", "perks", "what we offer", "we offer", "compensation", "salary", "why join us", "why us", "how to apply", "equal opportunity", "our values", "culture", "life at", "perks and benefits", "benefits and perks", "location", "about the team", "the team", "our team", "diversity", "salary and benefits", "our benefits", "what you get", "application process", "interview process");
        return map;
    }
}
