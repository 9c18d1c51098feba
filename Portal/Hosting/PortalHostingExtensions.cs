using Lodestar.Domain;
using Lodestar.Jobs;
using Lodestar.Portal.Api;
using Lodestar.Portal.Auth;
using Lodestar.Portal.Client;
using Lodestar.Portal.Components;
using Lodestar.Portal.Features;
using Lodestar.Portal.Infrastructure;
using Lodestar.Portal.Tracking;
using MudBlazor.Services;

namespace Lodestar.Portal.Hosting;

/// <summary>The composition root: what the portal is made of and in which order requests pass through it.</summary>
public static class PortalHostingExtensions
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddDomain(builder.Configuration, Path.Combine(builder.Environment.ContentRootPath, "App_Data"));
        services.AddJobs();
        services.AddPortalJobServer(builder.Configuration);
        services.AddPortalAuthentication();

        services.AddRazorComponents()
            .AddInteractiveServerComponents()
            .AddInteractiveWebAssemblyComponents()
            .AddAuthenticationStateSerialization(options => options.SerializeAllClaims = true);
        services.AddMudServices();
        services.AddServerPortalApis();

        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Outside Development a body or parameter that cannot be read got a bare 400; thrown, the handler above says why.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOpenApi(options => options.AddDocumentTransformer<BearerSecurityDocumentTransformer>());
        services.AddPortalHealthChecks();
        services.AddCors(options => options.AddPolicy(TrackingEndpoints.CorsPolicy, policy =>
            policy.AllowAnyOrigin().AllowAnyHeader().WithMethods("POST").SetPreflightMaxAge(TimeSpan.FromDays(1))));
        return builder;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
            app.UseWebAssemblyDebugging();
        app.UseExceptionHandler();
        app.UseWhen(ApiPaths.IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !ApiPaths.IsApi(context), ui => ui.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddInteractiveWebAssemblyRenderMode()
            .AddAdditionalAssemblies(typeof(Client._Imports).Assembly);
        app.MapAccountEndpoints();
        app.MapTrackingApi();
        app.MapManagementApi();
        app.MapPortalHealthChecks();
        app.MapOpenApi();
        app.MapPortalJobDashboard();
        return app;
    }
}
