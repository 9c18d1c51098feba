using System.Text.Json;

namespace Lodestar.Domain.Demo;

/// <summary>The shopping part of a demo person's visits: viewing products and placing (and sometimes refunding) orders.</summary>
internal sealed partial class DemoPersonSimulator
{
    private (string Id, string Name, string Category, long PriceCents) ViewProduct()
    {
        var product = DemoCatalog.Products[rng.Next(DemoCatalog.Products.Length)];
        output.Track(Tick(25), "Product Viewed", p => WriteProduct(p, product, 1));
        return product;
    }

    private void Order(DemoChannel channel)
    {
        // Baskets grow towards the channel's typical order value, so channels differ in revenue per order.
        var target = channel.MeanOrderCents * (0.3 + Exponential(0.7));
        var basket = new List<((string Id, string Name, string Category, long PriceCents) Product, int Quantity)>();
        do
        {
            var product = ViewProduct();
            var quantity = rng.NextDouble() < 0.15 ? 2 : 1;
            basket.Add((product, quantity));
            output.Track(Tick(20), "Product Added", p => WriteProduct(p, product, quantity));
        }
        while (basket.Sum(b => b.Product.PriceCents * b.Quantity) < target && basket.Count < 4);

        var cents = basket.Sum(b => b.Product.PriceCents * b.Quantity);
        output.Track(Tick(60), "Checkout Started", p =>
        {
            p.WriteNumber("value", cents / 100m);
            p.WriteString("currency", "USD");
        });
        var orderId = $"ord-{index:D7}-{++_orders}";
        output.Track(Tick(90), "Order Completed", p =>
        {
            p.WriteString("order_id", orderId);
            p.WriteNumber("revenue", cents / 100m);
            p.WriteString("currency", "USD");
            p.WriteStartArray("products");
            foreach (var (product, quantity) in basket)
            {
                p.WriteStartObject();
                WriteProduct(p, product, quantity);
                p.WriteEndObject();
            }

            p.WriteEndArray();
        });
        if (rng.NextDouble() < 0.04)
        {
            var refundedAt = _now.AddDays(2 + rng.Next(10));
            output.Track(refundedAt > anchor ? anchor : refundedAt, "Order Refunded", p =>
            {
                p.WriteString("order_id", orderId);
                p.WriteNumber("revenue", cents / 100m);
                p.WriteString("currency", "USD");
            });
        }
    }

    private static void WriteProduct(Utf8JsonWriter p, (string Id, string Name, string Category, long PriceCents) product, int quantity)
    {
        p.WriteString("product_id", product.Id);
        p.WriteString("name", product.Name);
        p.WriteString("category", product.Category);
        p.WriteNumber("price", product.PriceCents / 100m);
        p.WriteNumber("quantity", quantity);
    }
}
