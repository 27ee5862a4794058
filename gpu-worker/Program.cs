var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
await app.RunAsync();

/// <summary>Entry point; public so that tests can host the worker.</summary>
public partial class Program;
