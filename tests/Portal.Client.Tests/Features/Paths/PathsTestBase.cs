using Lodestar.Portal.Client.Features.Insights;
using Lodestar.Portal.Client.Features.Paths;
using Lodestar.Portal.Client.Tests.Features.Segments;
using Lodestar.Portal.Client.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Portal.Client.Tests.Features.Paths;

/// <summary>The paths page and the dashboard over fakes and the segments' fake schema, signed in as a marketer (who reads funnels).</summary>
public abstract class PathsTestBase : SegmentsTestBase
{
    protected readonly FakePathsApi _paths;
    protected readonly FakeInsightsApi _insights;

    protected PathsTestBase()
        : this(new FakePathsApi(), new FakeInsightsApi())
    {
    }

    private PathsTestBase(FakePathsApi paths, FakeInsightsApi insights)
        : base(services =>
        {
            services.AddSingleton<IPathsApi>(paths);
            services.AddSingleton<IInsightsApi>(insights);
            services.AddSingleton<IDashboardsApi>(insights);
        }) => (_paths, _insights) = (paths, insights);
}
