using System.Text.Json.Serialization;

namespace Lodestar.Domain.Segments.Rules;

/// <summary>How a group combines its children: all of them, any of them, or none of them.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<GroupMatch>))]
public enum GroupMatch
{
    All,
    Any,
    None,
}
