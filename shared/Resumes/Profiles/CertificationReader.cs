namespace MockInterview.Resumes.Profiles;

/// <summary>Reads a certifications section: one certification per line (or per ";"), bullet markers removed.</summary>
internal static class CertificationReader
{
    public static IEnumerable<string> Read(List<string> lines)
    {
        foreach (var line in lines)
        {
            foreach (var part in Bullets.Strip(line).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 20 && part.Any(char.IsLetter))
                {
                    yield return part;
                }
            }
        }
    }
}
