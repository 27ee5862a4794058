using MockInterview.Interviewing;

namespace MockInterview.Benchmarks;

/// <summary>The candidates of a simulated day: starts spread uniformly over the day; roles drawn with a Zipf-like
/// popularity from 24, seniority junior/mid/senior, modes screening/behavioral/technical/customized (customized about a
/// quarter); about half bring a resume and job description, written for them (names, employers, skills and years
/// vary), so no two are the same.</summary>
internal static class RouterDayCandidates
{
    public static readonly string[] Roles =
    [
        "Software Engineer", "Backend Engineer", "Frontend Engineer", "Full-Stack Engineer", "Data Scientist", "Data Engineer",
        "Product Manager", "DevOps Engineer", "Site Reliability Engineer", "Mobile Developer", "QA Engineer", "Machine Learning Engineer",
        "Business Analyst", "Project Manager", "UX Designer", "Security Engineer", "Cloud Architect", "Engineering Manager",
        "Customer Success Manager", "Sales Engineer", "Technical Writer", "Database Administrator", "Solutions Architect", "Support Engineer",
    ];

    private static readonly string[] Seniorities = ["junior", "mid", "senior"];

    private static readonly InterviewMode[] Modes = [InterviewMode.Screening, InterviewMode.Behavioral, InterviewMode.Technical, InterviewMode.Customized];

    private static readonly string[] FirstNames = ["Amara", "Ben", "Chen", "Dana", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kavya", "Liam", "Maya", "Nikolai", "Olu", "Priya", "Quinn", "Rosa", "Sami", "Tess", "Umar", "Vera", "Wei", "Yara"];

    private static readonly string[] LastNames = ["Okafor", "Lindqvist", "Nakamura", "Haddad", "Moreau", "Kowalski", "Reyes", "Singh", "Fischer", "O'Brien", "Costa", "Novak", "Adeyemi", "Larsen", "Petrov", "Tanaka"];

    private static readonly string[] CompanyStems = ["Northwind", "Bluefin", "Quarry", "Lumen", "Cobalt", "Harbor", "Juniper", "Vantage", "Orbit", "Meridian", "Kestrel", "Tandem", "Foxglove", "Atlas", "Pioneer", "Summit"];

    private static readonly string[] CompanySuffixes = ["Labs", "Systems", "Health", "Logistics", "Bank", "Retail", "Games", "Energy", "Analytics", "Cloud"];

    private static readonly string[] Skills =
    [
        "C#", ".NET", "Java", "Kotlin", "Python", "Go", "TypeScript", "React", "SQL", "PostgreSQL", "Redis", "Kafka", "Docker", "Kubernetes",
        "Terraform", "Azure", "AWS", "GCP", "Spark", "Airflow", "pandas", "PyTorch", "scikit-learn", "Swift", "Android", "GraphQL", "REST APIs",
        "CI/CD", "observability", "incident response", "threat modelling", "A/B testing", "roadmapping", "stakeholder management", "Figma", "Jira",
    ];

    private static readonly string[] Achievements =
    [
        "cut p95 latency by {0}%", "reduced cloud spend by {0}%", "raised conversion by {0}%", "shortened release cycles by {0}%",
        "lowered support tickets by {0}%", "grew test coverage by {0} points", "cut onboarding time by {0}%", "reduced incidents by {0}%",
    ];

    public static List<RouterDayCandidate> Day(int interviews, DateTimeOffset dayStart, int seed)
    {
        var random = new Random(seed);
        var roleWeights = Roles.Select((_, i) => 1.0 / (i + 1)).ToArray();
        var candidates = new List<RouterDayCandidate>(interviews);
        for (var i = 0; i < interviews; i++)
        {
            var role = Roles[Pick(random, roleWeights)];
            var seniority = Seniorities[Pick(random, [3, 4, 3])];
            var mode = Modes[Pick(random, [25, 25, 25, 25])];
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            var documents = random.NextDouble() < 0.5;
            var profile = new CandidateProfile(
                name,
                role,
                seniority,
                documents ? Resume(random, name, role, seniority) : null,
                documents ? JobDescription(random, role, seniority) : null);
            var start = dayStart + TimeSpan.FromSeconds(random.NextDouble() * (86_400 - 1_500));
            candidates.Add(new RouterDayCandidate($"iv-{seed}-{i:D6}", start, mode, profile, random.Next()));
        }

        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        return candidates;
    }

    private static string Resume(Random random, string name, string role, string seniority)
    {
        var years = seniority switch { "junior" => random.Next(0, 3), "mid" => random.Next(3, 7), _ => random.Next(7, 16) };
        var lines = new List<string>
        {
            name,
            $"{role}, {years} years of experience. {random.Next(100, 999)} {LastNames[random.Next(LastNames.Length)]} Street.",
            $"Skills: {string.Join(", ", Draw(random, Skills, random.Next(5, 10)))}.",
            "Experience:",
        };
        var year = 2026;
        for (var job = 0; job < Math.Max(1, Math.Min(4, years / 2 + 1)); job++)
        {
            var length = random.Next(1, 5);
            lines.Add($"- {role} at {Company(random)} ({year - length}–{year}): built {Draw(random, Skills, 2)[0]} services used by " +
                $"{random.Next(2, 900)},000 people; {string.Format(Achievements[random.Next(Achievements.Length)], random.Next(8, 70))}; " +
                $"worked with {Draw(random, Skills, 3)[1]} in a team of {random.Next(3, 25)}.");
            year -= length;
        }

        lines.Add($"Education: BSc Computer Science, {(random.Next(2) == 0 ? "University of " + CompanyStems[random.Next(CompanyStems.Length)] : CompanyStems[random.Next(CompanyStems.Length)] + " Institute of Technology")}, {year - random.Next(0, 3)}.");
        return string.Join('\n', lines);
    }

    private static string JobDescription(Random random, string role, string seniority)
    {
        var company = Company(random);
        var skills = Draw(random, Skills, random.Next(4, 8));
        return $"{company} is hiring a {seniority} {role} for its {CompanySuffixes[random.Next(CompanySuffixes.Length)].ToLowerInvariant()} team " +
            $"({random.Next(5, 60)} people, {(random.Next(2) == 0 ? "hybrid" : "remote")}).\n" +
            $"You will own {skills[0]} services end to end, work with product and design, and take part in an on-call rotation.\n" +
            $"Requirements: {string.Join(", ", skills)}; {random.Next(1, 9)}+ years in a similar role; clear written communication.\n" +
            $"Nice to have: {Draw(random, Skills, 2)[0]}, experience in a regulated industry. Salary band {random.Next(40, 160)}k–{random.Next(160, 240)}k.";
    }

    private static string Company(Random random) =>
        $"{CompanyStems[random.Next(CompanyStems.Length)]} {CompanySuffixes[random.Next(CompanySuffixes.Length)]}";

    private static string[] Draw(Random random, string[] items, int count) =>
        items.OrderBy(_ => random.Next()).Take(count).ToArray();

    private static int Pick(Random random, double[] weights)
    {
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
