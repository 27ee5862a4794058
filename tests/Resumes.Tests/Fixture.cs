namespace MockInterview.Resumes.Tests;

/// <summary>Reads the resume and job description texts written for these tests.</summary>
internal static class Fixture
{
    /// <summary>The date "Present" means in every test, so that results never depend on the clock.</summary>
    public static readonly DateOnly AsOf = new(2025, 6, 1);

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
