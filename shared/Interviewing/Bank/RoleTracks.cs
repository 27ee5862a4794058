namespace MockInterview.Interviewing.Bank;

/// <summary>The role tracks technical questions are written for.</summary>
internal static class RoleTracks
{
    public const string Backend = "backend";
    public const string Frontend = "frontend";
    public const string Fullstack = "fullstack";
    public const string Mobile = "mobile";
    public const string DataEngineering = "data-engineering";
    public const string DataAnalysis = "data-analysis";
    public const string MachineLearning = "machine-learning";
    public const string DevOpsSre = "devops-sre";
    public const string Security = "security";
    public const string ProductManagement = "product-management";

    public static IReadOnlyList<string> All { get; } =
        [Backend, Frontend, Fullstack, Mobile, DataEngineering, DataAnalysis, MachineLearning, DevOpsSre, Security, ProductManagement];
}
