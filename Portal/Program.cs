using Lodestar.Portal.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();

var app = builder.Build();
await app.InitializePortalAsync();
app.UsePortal();
app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
