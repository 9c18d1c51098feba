using System.Linq.Expressions;
using System.Reflection;
using Lodestar.Domain.Data;
using Lodestar.Domain.Segments.Facts;
using Lodestar.Domain.Segments.Rules;

namespace Lodestar.Domain.Funnels.Engine;

/// <summary>
/// The columns a funnel reads from an event, and only those: each JSON value read is a json_extract per row, so a
/// query without a breakdown or held-constant property does not pay for them.
/// </summary>
internal static class FunnelProjection
{
    private static readonly MethodInfo Text = typeof(JsonSql).GetMethod(nameof(JsonSql.Text))!;
    private static readonly MethodInfo Number = typeof(JsonSql).GetMethod(nameof(JsonSql.Number))!;

    public static Expression<Func<SegmentEvent, FunnelEventData>> Of(FunnelQuery query)
    {
        var e = Expression.Parameter(typeof(SegmentEvent), "e");
        var bindings = new List<MemberBinding>
        {
            Bind(nameof(FunnelEventData.ProfileId), Expression.Property(e, nameof(SegmentEvent.ProfileId))),
            Bind(nameof(FunnelEventData.Timestamp), Expression.Property(e, nameof(SegmentEvent.Timestamp))),
            Bind(nameof(FunnelEventData.EventId), Expression.Property(e, nameof(SegmentEvent.EventId))),
        };
        if (query.Breakdown is { Source: FunnelBreakdownSource.Event } breakdown)
            bindings.Add(Bind(nameof(FunnelEventData.Breakdown), Json(e, Text, breakdown.Property)));
        string[] holds = [nameof(FunnelEventData.Hold1), nameof(FunnelEventData.Hold2), nameof(FunnelEventData.Hold3)];
        for (var i = 0; i < query.HoldConstant.Count; i++)
            bindings.Add(Bind(holds[i], Json(e, Text, query.HoldConstant[i])));
        if (query.ValueProperty is { } value)
            bindings.Add(Bind(nameof(FunnelEventData.Value), Json(e, Number, value)));
        return Expression.Lambda<Func<SegmentEvent, FunnelEventData>>(
            Expression.MemberInit(Expression.New(typeof(FunnelEventData)), bindings), e);
    }

    private static MemberAssignment Bind(string member, Expression value) =>
        Expression.Bind(typeof(FunnelEventData).GetProperty(member)!, value);

    private static MethodCallExpression Json(ParameterExpression e, MethodInfo method, string path) =>
        Expression.Call(method, Expression.Property(e, nameof(SegmentEvent.Props)), Expression.Constant(PropertyPaths.ToJsonPath(path)));
}
