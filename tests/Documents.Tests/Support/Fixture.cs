namespace MockInterview.Documents.Tests.Support;

/// <summary>The committed PDF fixtures (rendered from the HTML next to them by Fixtures/render.sh).</summary>
internal static class Fixture
{
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
