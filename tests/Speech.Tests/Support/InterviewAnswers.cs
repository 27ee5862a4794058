namespace MockInterview.Speech.Tests.Support;

/// <summary>Sentences of the kind candidates say in interviews, spoken by flite in the recognition tests and the
/// benchmark's word-error-rate figure.</summary>
internal static class InterviewAnswers
{
    public static IReadOnlyList<string> Sentences { get; } =
    [
        "I led the migration of our billing service to a new database with no downtime.",
        "My biggest weakness is that I sometimes take on too much work myself instead of delegating.",
        "In my last role I managed a team of five engineers and we shipped a new mobile application.",
        "I would start by asking the customer what problem they are trying to solve.",
        "We reduced the page load time by half after we added caching and removed unused code.",
        "When two colleagues disagreed about the design I brought them together to compare the options.",
        "I am interested in this position because I enjoy working with data and helping people make decisions.",
        "The project was late so I talked to the manager and we agreed to cut two features.",
        "I learned to write clear tests after a bug reached production and cost us a week.",
        "In five years I hope to lead a small team and mentor new developers.",
    ];
}
