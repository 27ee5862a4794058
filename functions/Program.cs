using MockInterview.Functions.CustomHandler;

var builder = WebApplication.CreateBuilder(args);
builder.AddCustomHandler();

var app = builder.Build();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapGet("/api/health", () => TypedResults.Ok(new { status = "ok" })).WithName("Health");
app.MapCustomHandler();
app.Run();

/// <summary>Entry point; public so that functional tests can host the app.</summary>
public partial class Program;
