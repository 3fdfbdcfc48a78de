using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Yardstick.Insight;
using Yardstick.Web;
using Yardstick.Web.Features.Insight;
using Yardstick.Web.Features.ReturnVisits;
using Yardstick.Web.Features.ServiceDesk;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

/// <summary>
/// A year of service-desk history at scale (default 1,000,000 orders over the generated projects), bulk-loaded into
/// PostgreSQL with binary COPY: orders, their SLA clocks, two timeline entries each and the visits of the resolved
/// complaints and repairs. The last days' orders are open, so the sweeper has clocks to act on.
/// </summary>
internal static class OrderGenerator
{
    private static readonly string[] Types = ["Repair", "Repair", "Repair", "Repair", "Complaint", "Complaint", "Complaint", "Inquiry", "Inquiry", "Suggestion", "Praise", "SpecialService"];
    private static readonly string[] Categories = ["Equipment", "Equipment", "Equipment", "Attitude", "Quality", "Environment", "Greening", "Security", "Parking", "Fees", "Neighbor", "Emergency", "Other"];
    private static readonly string[] Channels = ["Phone", "Phone", "Phone", "WeChat", "WeChat", "WalkIn", "Online", "Patrol", "Letter"];
    private static readonly string[] Texts = ["卫生间水龙头关不紧，一直滴水", "楼道声控灯坏了，晚上很黑", "垃圾桶满了一整天都没人清运", "地库车位被外来车辆占用", "楼上装修噪音太大", "物业费可以用微信缴纳吗？", "电梯按钮失灵", "绿化带杂草丛生，蚊虫多"];

    public static async Task RunAsync(Options o, int total)
    {
        if (o.Postgres is null)
        {
            Console.WriteLine("generate-orders loads PostgreSQL only (the issue's targets are for PostgreSQL); pass --postgres.");
            return;
        }
        await using var conn = new NpgsqlConnection(o.Postgres);
        await conn.OpenAsync();
        if ((long)(await new NpgsqlCommand("SELECT count(*) FROM \"WorkOrders\"", conn).ExecuteScalarAsync())! > 0)
        {
            Console.WriteLine("The bench database already holds work orders.");
            return;
        }
        var receiver = (int)(await new NpgsqlCommand("SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"UserName\" = 'admin'", conn).ExecuteScalarAsync())!;
        var units = new List<(int Project, int Min, int Max)>();
        await using (var r = await new NpgsqlCommand("SELECT \"ProjectId\", min(\"Id\"), max(\"Id\") FROM \"Units\" GROUP BY \"ProjectId\" ORDER BY 1", conn).ExecuteReaderAsync())
            while (await r.ReadAsync()) units.Add((r.GetInt32(0), r.GetInt32(1), r.GetInt32(2)));
        if (units.Count == 0) throw new InvalidOperationException("Run `generate` first.");

        var sw = Stopwatch.StartNew();
        var rng = new Random(7);
        var now = DateTime.UtcNow;
        var china = TimeSpan.FromHours(8);
        var orders = new List<Row>(total);
        for (var i = 0; i < total; i++)
        {
            var (project, min, max) = units[i % units.Count];
            var created = now.AddMinutes(-rng.NextDouble() * 365 * 24 * 60);
            orders.Add(new Row(project, rng.Next(min, max + 1), created, Types[rng.Next(Types.Length)], Categories[rng.Next(Categories.Length)],
                Channels[rng.Next(Channels.Length)], rng.NextDouble()));
        }
        orders.Sort((a, b) => a.Created.CompareTo(b.Created));
        long id = 0, clockId = 0, eventId = 0, visitId = 0;
        var perDay = new Dictionary<string, int>();

        await using (var w = await conn.BeginBinaryImportAsync("COPY \"WorkOrders\" (\"Id\",\"Number\",\"ProjectId\",\"UnitId\",\"Location\",\"CustomerName\",\"CustomerPhone\",\"Channel\",\"Type\",\"Category\",\"Priority\",\"Description\",\"Nature\",\"Severity\",\"AccusedDepartment\",\"Demand\",\"Status\",\"ReceiverId\",\"Department\",\"CreatedAt\",\"DispatchedAt\",\"ResolvedAt\",\"ClosedAt\",\"Resolution\",\"FirstContactResolution\",\"ReplyAt\",\"ReplyMethod\",\"ReplyNote\",\"Rating\",\"RatingComment\",\"ReopenCount\",\"RepeatOfId\",\"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in orders)
            {
                r.Id = ++id;
                var day = (r.Created + china).ToString("yyyyMMdd");
                var seq = perDay[day] = perDay.GetValueOrDefault(day) + 1;
                var age = now - r.Created;
                var open = age < TimeSpan.FromDays(3) && r.Luck < 0.5;
                r.Dispatched = r.Created.AddMinutes(3 + r.Luck * 10);
                r.Resolved = open ? null : r.Created.AddHours(1 + r.Luck * 80);
                if (r.Resolved > now) r.Resolved = null;
                var closed = r.Resolved is not null && age > TimeSpan.FromDays(4);
                r.Status = r.Resolved is null ? (r.Luck < 0.25 ? "Received" : "InProgress") : closed ? "Closed" : "Resolved";
                var complaint = r.Type == "Complaint";
                await w.StartRowAsync();
                w.Write(r.Id); w.Write($"GD{day}{seq:D4}"); w.Write(r.Project); w.Write(r.Unit); w.Write(""); w.Write("业主"); w.Write("13800000000");
                w.Write(r.Channel); w.Write(r.Type); w.Write(r.Category); w.Write(r.Luck < 0.05 ? "Emergency" : r.Luck < 0.2 ? "Urgent" : "Routine");
                w.Write(Texts[r.Unit % Texts.Length]);
                if (complaint) { w.Write(r.Luck < 0.75 ? "Valid" : "Communicative"); w.Write(r.Luck < 0.03 ? "Major" : "General"); }
                else { w.WriteNull(); w.WriteNull(); }
                w.Write(complaint ? "环境部" : ""); w.Write(""); w.Write(r.Status); w.Write(receiver); w.Write(r.Type == "Repair" ? "工程部" : "客服部");
                w.Write(r.Created, NpgsqlDbType.TimestampTz); w.Write(r.Dispatched, NpgsqlDbType.TimestampTz);
                WriteTime(w, r.Resolved); WriteTime(w, closed ? r.Resolved!.Value.AddDays(2) : null);
                w.Write(r.Resolved is null ? "" : "已处理完毕"); w.Write(false);
                WriteTime(w, r.Resolved?.AddHours(2)); if (r.Resolved is null) w.WriteNull(); else w.Write("Phone"); w.Write(r.Resolved is null ? "" : "已电话回复");
                if (closed && r.Luck < 0.6) w.Write(r.Luck < 0.1 ? 3 : 5); else w.WriteNull();
                w.Write(""); w.Write(0); if (complaint && r.Luck > 0.97 && r.Id > 1) w.Write(r.Id - 1); else w.WriteNull(); w.Write(0);
            }
            await w.CompleteAsync();
        }
        await using (var w = await conn.BeginBinaryImportAsync("COPY \"WorkOrderDeadlines\" (\"Id\",\"WorkOrderId\",\"ProjectId\",\"Target\",\"Amount\",\"Unit\",\"StartAt\",\"DueAt\",\"MetAt\",\"EscalationLevel\",\"NextCheckAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in orders)
            {
                foreach (var (target, minutes, met) in new[] { ("Response", 24 * 60, (DateTime?)r.Dispatched), ("Resolution", 72 * 60, r.Resolved) })
                {
                    var due = r.Created.AddMinutes(minutes);
                    var metAt = met is DateTime m && m <= now ? m : (DateTime?)null;
                    await w.StartRowAsync();
                    w.Write(++clockId); w.Write(r.Id); w.Write(r.Project); w.Write(target); w.Write(minutes); w.Write("Minutes");
                    w.Write(r.Created, NpgsqlDbType.TimestampTz); w.Write(due, NpgsqlDbType.TimestampTz); WriteTime(w, metAt); w.Write(0);
                    WriteTime(w, metAt is null ? r.Created.AddMinutes(minutes * 0.8) : null);
                }
            }
            await w.CompleteAsync();
        }
        await using (var w = await conn.BeginBinaryImportAsync("COPY \"WorkOrderEvents\" (\"Id\",\"WorkOrderId\",\"ProjectId\",\"At\",\"UserId\",\"UserName\",\"Kind\",\"From\",\"To\",\"Note\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in orders)
            {
                await w.StartRowAsync();
                w.Write(++eventId); w.Write(r.Id); w.Write(r.Project); w.Write(r.Created, NpgsqlDbType.TimestampTz); w.Write(receiver); w.Write("admin");
                w.Write("Created"); w.WriteNull(); w.Write("Received"); w.Write(Texts[r.Unit % Texts.Length]);
                await w.StartRowAsync();
                w.Write(++eventId); w.Write(r.Id); w.Write(r.Project); w.Write(r.Dispatched, NpgsqlDbType.TimestampTz); w.Write(receiver); w.Write("admin");
                w.Write("Transition"); w.Write("Received"); w.Write("Dispatched"); w.Write("工程部");
            }
            await w.CompleteAsync();
        }
        await using (var w = await conn.BeginBinaryImportAsync("COPY \"ReturnVisits\" (\"Id\",\"ProjectId\",\"WorkOrderId\",\"Reason\",\"Visitor\",\"Department\",\"CreatedAt\",\"OpensAt\",\"DueAt\",\"OverdueAt\",\"DoneAt\",\"Method\",\"Outcome\",\"QualityScore\",\"TimelinessScore\",\"AttitudeScore\",\"Comment\",\"DecisionNote\",\"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in orders.Where(r => r.Resolved is not null && r.Type is "Repair" or "Complaint"))
            {
                var repair = r.Type == "Repair";
                var opens = repair ? r.Resolved!.Value.AddDays(7) : r.Resolved!.Value;
                var due = repair ? r.Resolved.Value.AddDays(10) : r.Resolved.Value.AddHours(24);
                var done = opens.AddHours(1 + r.Luck * 20);
                var isDone = done < now && r.Luck < 0.95;
                await w.StartRowAsync();
                w.Write(++visitId); w.Write(r.Project); w.Write(r.Id); w.Write(repair ? "Repair" : "Complaint"); w.Write(repair ? "Agent" : "DepartmentSupervisor"); w.Write("");
                w.Write(r.Resolved.Value, NpgsqlDbType.TimestampTz); w.Write(opens, NpgsqlDbType.TimestampTz); w.Write(due, NpgsqlDbType.TimestampTz);
                w.Write(repair ? due : r.Resolved.Value.AddDays(3), NpgsqlDbType.TimestampTz); WriteTime(w, isDone ? done : null);
                if (isDone) { w.Write(r.Luck < 0.5 ? "Home" : "Phone"); w.Write(r.Luck < 0.9 ? "Satisfied" : "BasicallySatisfied"); w.Write(5); w.Write(4); w.Write(5); }
                else { w.WriteNull(); w.WriteNull(); w.WriteNull(); w.WriteNull(); w.WriteNull(); }
                w.Write(""); w.Write(""); w.Write(0);
            }
            await w.CompleteAsync();
        }
        // Every description as text insight read it at intake, so the 情绪预警 board, its keywords and group alerts have a
        // year of texts to read. Each distinct description is analysed once.
        long insightId = 0;
        var analysis = Texts.ToDictionary(t => t, t => TextAnalyzer.Default.Analyze(t));
        await using (var w = await conn.BeginBinaryImportAsync("COPY \"TextInsights\" (\"Id\",\"ProjectId\",\"Source\",\"SourceId\",\"Text\",\"Polarity\",\"NegativeProbability\",\"Alert\",\"Reasons\",\"Category\",\"CategoryConfidence\",\"ConfirmedCategory\",\"Keywords\",\"ModelVersion\",\"CreatedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in orders)
            {
                var text = Texts[r.Unit % Texts.Length];
                var t = InsightService.Stored(analysis[text], r.Project, TextInsight.WorkOrderSource, r.Id, null, text, r.Category.ToLowerInvariant(), r.Created);
                await w.StartRowAsync();
                w.Write(++insightId); w.Write(t.ProjectId); w.Write(t.Source); w.Write(t.SourceId); w.Write(t.Text); w.Write(t.Polarity);
                w.Write(t.NegativeProbability); w.Write(t.Alert); w.Write(t.Reasons); w.Write(t.Category); w.Write(t.CategoryConfidence);
                w.Write(t.ConfirmedCategory!); w.Write(t.Keywords); w.Write(t.ModelVersion); w.Write(t.CreatedAt, NpgsqlDbType.TimestampTz);
            }
            await w.CompleteAsync();
        }
        foreach (var table in new[] { "WorkOrders", "WorkOrderDeadlines", "WorkOrderEvents", "ReturnVisits", "TextInsights" })
            await new NpgsqlCommand($"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT max(\"Id\") FROM \"{table}\"))", conn).ExecuteNonQueryAsync();
        foreach (var (day, n) in perDay)
            await new NpgsqlCommand($"INSERT INTO \"Counters\" (\"Name\", \"Value\") VALUES ('work-order:{day}', {n}) ON CONFLICT (\"Name\") DO UPDATE SET \"Value\" = {n}", conn).ExecuteNonQueryAsync();
        // Index-only scans need the visibility map that autovacuum keeps in a live database.
        await new NpgsqlCommand("VACUUM ANALYZE", conn).ExecuteNonQueryAsync();
        sw.Stop();
        var rows = id + clockId + eventId + visitId + insightId;
        Console.WriteLine($"{id:N0} orders, {clockId:N0} clocks, {eventId:N0} events, {visitId:N0} visits, {insightId:N0} texts read = {rows:N0} rows in {sw.Elapsed.TotalSeconds:F1} s = {rows / sw.Elapsed.TotalSeconds:N0} rows/s");
    }

    private static void WriteTime(NpgsqlBinaryImporter w, DateTime? at)
    {
        if (at is DateTime t) w.Write(t, NpgsqlDbType.TimestampTz); else w.WriteNull();
    }

    private sealed class Row(int project, int unit, DateTime created, string type, string category, string channel, double luck)
    {
        public long Id;
        public int Project = project, Unit = unit;
        public DateTime Created = created, Dispatched;
        public DateTime? Resolved;
        public string Type = type, Category = category, Channel = channel, Status = "";
        public double Luck = luck;
    }
}

/// <summary>The service-desk scenarios of the issue: intake, filtered list, detail, a project-year of statistics, one sweeper pass.</summary>
internal static class OrderScenarios
{
    public static async Task RunAsync(Options o)
    {
        var (app, http) = await Scenarios.StartAsync(o);
        await using var _ = app;
        using var __ = http;

        long orders, maxId;
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            orders = await db.WorkOrders.LongCountAsync();
            maxId = await db.WorkOrders.MaxAsync(w => w.Id);
        }
        Console.WriteLine($"{o.Provider}, {orders:N0} work orders, {o.Iterations} timed runs per scenario after 3 warm-up runs, {Environment.ProcessorCount} cores");
        var rng = new Random(11);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var results = new List<(string Name, double Median, double P95)>();

        async Task Time(string name, Func<int, Task> run)
        {
            for (var i = 0; i < 3; i++) await run(-1 - i);
            var times = new List<double>();
            for (var i = 0; i < o.Iterations; i++)
            {
                var sw = Stopwatch.StartNew();
                await run(i);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            results.Add((name, Scenarios.Percentile(times, 0.5), Scenarios.Percentile(times, 0.95)));
        }
        async Task Get(string url)
        {
            using var r = await http.GetAsync(url);
            await r.Content.ReadAsByteArrayAsync();
            r.EnsureSuccessStatusCode();
        }

        await Time("intake: create a repair (POST)", async i =>
        {
            using var r = await http.PostAsJsonAsync("/api/work-orders", new
            {
                projectId = 7, type = "Repair", repairScope = "InHome", channel = "Phone", category = "Equipment", priority = "Urgent",
                description = "厨房下水道堵塞", customerName = "王先生", customerPhone = "13800138000",
            });
            r.EnsureSuccessStatusCode();
        });
        await Time("list: project, type, status, category", _ => Get("/api/work-orders?projectId=7&type=Repair&status=Closed&category=Equipment&pageSize=20"));
        await Time("list: all projects, open, page 1", _ => Get("/api/work-orders?open=true&pageSize=20"));
        await Time("list: project, overdue", _ => Get("/api/work-orders?projectId=7&overdue=true&pageSize=20"));
        await Time("list: search text in project", _ => Get("/api/work-orders?projectId=7&q=%E7%94%B5%E6%A2%AF&pageSize=20"));
        await Time("detail: random order with clocks and timeline", _ => Get($"/api/work-orders/{rng.NextInt64(1, maxId + 1)}"));
        await Time("statistics: one project, one year", _ => Get($"/api/service-desk/stats?projectId=7&from={today.AddDays(-364):yyyy-MM-dd}&to={today:yyyy-MM-dd}"));
        await Time("statistics: one project, one month", _ => Get($"/api/service-desk/stats?projectId=7&from={today.AddDays(-29):yyyy-MM-dd}&to={today:yyyy-MM-dd}"));
        await Time("visits: due in one project", _ => Get("/api/return-visits?projectId=7&status=Due&pageSize=20"));
        await Time("monthly complaint report (.xlsx)", _ => Get($"/api/service-desk/reports/monthly.xlsx?projectId=7&month={today:yyyy-MM}"));
        // 情绪预警 (issue 6): what the board and its workbook read, over a year of texts.
        await Time("insight: yellow alerts, all projects, this month", _ => Get("/api/insight/alerts?level=yellow"));
        await Time("insight: alerts of open orders, one project", _ => Get("/api/insight/alerts?projectId=7&open=true"));
        await Time("insight: keywords, one project, this month vs last", _ => Get("/api/insight/keywords?projectId=7"));
        await Time("insight: keywords, all projects, this month vs last", _ => Get("/api/insight/keywords"));
        await Time("insight: trend, all projects, 12 weeks", _ => Get("/api/insight/trend"));
        await Time("insight: group alerts, all projects, 7 days", _ => Get("/api/insight/group-alerts"));
        await Time("insight: alerts workbook, one project, this month (.xlsx)", _ => Get("/api/insight/alerts.xlsx?projectId=7"));

        // The first sweep acts on every clock that came due while nobody swept; later sweeps find only what is new.
        var sla = app.Services.GetRequiredService<SlaSweeper>();
        var first = Stopwatch.StartNew();
        var handled = await sla.RunOnceAsync();
        first.Stop();
        await Time("SLA sweeper: steady pass", _ => sla.RunOnceAsync());
        var visitSweeper = app.Services.GetRequiredService<ReturnVisitSweeper>();
        await Time("visit sweeper: pass", _ => visitSweeper.RunOnceAsync());

        Console.WriteLine();
        Console.WriteLine($"SLA sweeper, first pass over the backlog: {handled:N0} clocks in {first.Elapsed.TotalMilliseconds:F0} ms");
        Console.WriteLine();
        Console.WriteLine("| scenario | median ms | p95 ms |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var (name, median, p95) in results)
            Console.WriteLine($"| {name} | {median:F1} | {p95:F1} |");
        await app.StopAsync();
    }

}
