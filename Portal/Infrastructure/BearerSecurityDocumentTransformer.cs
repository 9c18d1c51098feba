using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lodestar.Portal.Infrastructure;

/// <summary>Tells OpenAPI clients that the management API takes <c>Authorization: Bearer &lt;api key&gt;</c>.</summary>
internal sealed class BearerSecurityDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Lodestar management API";
        document.Info.Description = "Send an API key (Settings → API keys) as 'Authorization: Bearer <key>'. The tracking API (/v1) takes a source's write key.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A Lodestar API key.",
        };
        return Task.CompletedTask;
    }
}
