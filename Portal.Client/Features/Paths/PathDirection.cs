using System.Text.Json.Serialization;
using Lodestar.Portal.Client.Features.Segments.Rules;

namespace Lodestar.Portal.Client.Features.Paths;

[JsonConverter(typeof(CamelCaseEnumConverter<PathDirection>))]
public enum PathDirection
{
    /// <summary>What people did next.</summary>
    After,

    /// <summary>What people did before.</summary>
    Before,
}
