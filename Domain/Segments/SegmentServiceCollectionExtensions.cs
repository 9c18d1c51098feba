using Lodestar.Domain.Segments.Evaluation;
using Lodestar.Domain.Segments.Facts;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestar.Domain.Segments;

internal static class SegmentServiceCollectionExtensions
{
    public static IServiceCollection AddSegments(this IServiceCollection services)
    {
        services.AddSingleton<SegmentEventSyncService>();
        services.AddSingleton<SegmentPreviewService>();
        services.AddSingleton<SegmentService>();
        services.AddSingleton<SegmentRefreshService>();
        services.AddSingleton<SegmentQueryService>();
        services.AddSingleton<SegmentSchemaService>();
        services.AddSingleton<StaticSegmentService>();
        services.AddSingleton<SegmentDataService>();
        return services;
    }
}
