using Bunit;
using Lodestar.Portal.Client.Features.Identity;
using Lodestar.Portal.Client.Features.Jobs;
using Lodestar.Portal.Client.Features.Profiles;
using Lodestar.Portal.Client.Infrastructure;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Lodestar.Portal.Client.Tests.Features.Profiles;

/// <summary>Profile pages over fake APIs, signed in with the given roles, interactive, beside popover and dialog providers.</summary>
public abstract class ProfilesTestBase : BunitContext
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    protected readonly FakeProfilesApi _profiles = new();

    protected readonly FakeJobsApi _jobs = new();

    protected readonly FakeDuplicatesApi _duplicates = new();

    protected readonly FakeConsentApi _consent = new();

    protected ProfilesTestBase(params string[] roles)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton<IProfilesApi>(_profiles);
        Services.AddSingleton<IJobsApi>(_jobs);
        Services.AddSingleton<IDuplicatesApi>(_duplicates);
        Services.AddSingleton<Lodestar.Portal.Client.Features.Privacy.IConsentApi>(_consent);
        Services.AddSignedIn("mia@example.com", roles);
        Renderer.SetRendererInfo(new RendererInfo("Server", true));
    }

    protected IRenderedComponent<IComponent> RenderWithPopovers<TPage>(params (string Name, object? Value)[] parameters) where TPage : IComponent =>
        Render(PageTree.WithProviders<TPage>(parameters));
}
