var builder = WebApplication.CreateBuilder(args);

var app = builder.Build();
app.MapGet("/api/health", () => TypedResults.Ok(new { status = "ok" })).WithName("Health");
app.Run();

/// <summary>Entry point; public so that functional tests can host the app.</summary>
public partial class Program;
