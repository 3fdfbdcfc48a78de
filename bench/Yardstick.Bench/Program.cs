using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;
using Yardstick.Web;
using Yardstick.Web.Platform.Bootstrap;
using Yardstick.Web.Platform.Data;
using Yardstick.Web.Platform.Identity;

// Yardstick bench: `generate` fills a database with a realistic company at scale, `run` times named
// scenarios against the real web host over loopback HTTP and prints median and p95 per scenario.
//
//   dotnet run -c Release --project bench/Yardstick.Bench -- generate [--projects 50] [--units 2000]
//   dotnet run -c Release --project bench/Yardstick.Bench -- run [--iterations 30]
//   dotnet run -c Release --project bench/Yardstick.Bench -- generate-orders --postgres CS [--orders 1000000]
//   dotnet run -c Release --project bench/Yardstick.Bench -- run-orders --postgres CS [--iterations 30]
//   dotnet run -c Release --project bench/Yardstick.Bench -- surveys [--data DIR | --postgres CS] [--iterations 30]
//   add --postgres "Host=...;Username=...;Password=...;Database=yardstick_bench" to use PostgreSQL instead of SQLite.
var command = args.FirstOrDefault() ?? "help";
var options = Options.Parse(args.Skip(1).ToArray());
switch (command)
{
    case "generate":
        await Generator.RunAsync(options);
        break;
    case "run":
        await Scenarios.RunAsync(options);
        break;
    case "generate-orders":
        await OrderGenerator.RunAsync(options, options.Orders);
        break;
    case "run-orders":
        await OrderScenarios.RunAsync(options);
        break;
    case "surveys":
        await SurveyBench.RunAsync(options);
        break;
    default:
        Console.WriteLine("usage: generate [--projects N] [--units N] [--postgres CS] | run [--iterations N] [--postgres CS] [--data DIR]"
            + " | generate-orders --postgres CS [--orders N] | run-orders --postgres CS [--iterations N] | surveys [--postgres CS] [--data DIR] [--responses N]");
        break;
}

internal sealed record Options(int Projects, int Units, int Iterations, string? Postgres, string DataDir, int Orders, int Responses)
{
    public const string AdminPassword = "Bench#2026admin";

    public static Options Parse(string[] args)
    {
        string? Get(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new Options(
            int.Parse(Get("--projects") ?? "50", CultureInfo.InvariantCulture),
            int.Parse(Get("--units") ?? "2000", CultureInfo.InvariantCulture),
            int.Parse(Get("--iterations") ?? "30", CultureInfo.InvariantCulture),
            Get("--postgres"),
            Path.GetFullPath(Get("--data") ?? "bench-data"),
            int.Parse(Get("--orders") ?? "1000000", CultureInfo.InvariantCulture),
            int.Parse(Get("--responses") ?? "100000", CultureInfo.InvariantCulture));
    }

    public string Provider => Postgres is null ? "Sqlite" : "Postgres";

    /// <summary>The same settings the web host takes, so generate and run use one database.</summary>
    public string[] HostArgs(string urls) =>
    [
        "--urls", urls, $"--Yardstick:DataDirectory={DataDir}", $"--Database:Provider={Provider}",
        $"--ConnectionStrings:Postgres={Postgres ?? ""}", $"--Bootstrap:AdminPassword={AdminPassword}", "--Yardstick:Sweepers=false",
        "--Logging:LogLevel:Default=Warning", "--contentRoot", AppContext.BaseDirectory,
    ];
}

internal static class Generator
{
    public static async Task RunAsync(Options o)
    {
        Directory.CreateDirectory(o.DataDir);
        // Migrate (and create the admin) through the application itself, then bulk-load the rows directly.
        await using (var app = await YardstickApp.BuildAsync(o.HostArgs("http://127.0.0.1:0")))
        {
            using var scope = app.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (await db.Projects.AnyAsync(p => p.Code.StartsWith("B")))
            {
                Console.WriteLine("The bench database already holds generated data; delete it (or the bench database) to regenerate.");
                return;
            }
        }

        var rng = new Random(42);
        var sw = Stopwatch.StartNew();
        long rows;
        if (o.Postgres is null)
        {
            await using var conn = new SqliteConnection($"Data Source={Path.Combine(o.DataDir, "yardstick.db")}");
            await conn.OpenAsync();
            rows = await LoadAsync(conn, o, rng, new SqliteWriter(conn));
        }
        else
        {
            await using var conn = new NpgsqlConnection(o.Postgres);
            await conn.OpenAsync();
            rows = await LoadAsync(conn, o, rng, new PostgresWriter(conn));
            foreach (var table in new[] { "Projects", "Buildings", "Units", "Customers" })
                await new NpgsqlCommand($"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT max(\"Id\") FROM \"{table}\"))", conn).ExecuteNonQueryAsync();
        }
        sw.Stop();
        Console.WriteLine($"{o.Provider}: {rows:N0} rows in {sw.Elapsed.TotalSeconds:F1} s = {rows / sw.Elapsed.TotalSeconds:N0} rows/s");
    }

    private static async Task<long> LoadAsync(DbConnection conn, Options o, Random rng, ITableWriter w)
    {
        long rows = 0;
        var now = DateTime.UtcNow;
        int unitId = 0, customerId = 0, buildingId = 0;
        await using var tx = await conn.BeginTransactionAsync();
        w.Begin(tx);
        for (var p = 1; p <= o.Projects; p++)
        {
            var projectId = p;
            await w.ProjectAsync(projectId, $"测试项目{p:00}", $"B{p:000}", now);
            rows++;
            const int buildings = 10, entrances = 2, perFloor = 4;
            var floors = Math.Max(1, o.Units / (buildings * entrances * perFloor));
            for (var b = 1; b <= buildings; b++)
            {
                await w.BuildingAsync(++buildingId, projectId, b.ToString(CultureInfo.InvariantCulture), $"{b}号楼", floors, now);
                rows++;
                for (var e = 1; e <= entrances; e++)
                    for (var f = 1; f <= floors; f++)
                        for (var n = 1; n <= perFloor; n++)
                        {
                            var room = (f * 100 + n).ToString(CultureInfo.InvariantCulture);
                            var occupied = rng.NextDouble() < 0.9;
                            await w.UnitAsync(++unitId, projectId, buildingId, e, room, $"{b}-{e}-{room}", f, 80 + rng.Next(60), occupied);
                            rows++;
                            if (!occupied) continue;
                            await w.CustomerAsync(++customerId, projectId, DemoSeeder.PersonName(rng), DemoSeeder.Phone(rng), rng.NextDouble() < 0.85 ? "Owner" : "Tenant",
                                rng.NextDouble() < 0.04 ? "独居老人" : "", now);
                            await w.CustomerUnitAsync(customerId, unitId);
                            rows += 2;
                            if (rng.NextDouble() >= 0.15) continue;
                            // A tenant or family member registered at the same unit.
                            await w.CustomerAsync(++customerId, projectId, DemoSeeder.PersonName(rng), DemoSeeder.Phone(rng), "Resident", "", now);
                            await w.CustomerUnitAsync(customerId, unitId);
                            rows += 2;
                        }
            }
        }
        await w.FlushAsync();
        await tx.CommitAsync();
        return rows;
    }
}

internal interface ITableWriter
{
    void Begin(DbTransaction tx);
    Task ProjectAsync(int id, string name, string code, DateTime now);
    Task BuildingAsync(int id, int projectId, string code, string name, int floors, DateTime now);
    Task UnitAsync(int id, int projectId, int buildingId, int entrance, string room, string label, int floor, double area, bool occupied);
    Task CustomerAsync(int id, int projectId, string name, string phone, string type, string tags, DateTime now);
    Task CustomerUnitAsync(int customerId, int unitId);
    Task FlushAsync();
}

/// <summary>SQLite: one transaction, one prepared statement per table.</summary>
internal sealed class SqliteWriter(SqliteConnection conn) : ITableWriter
{
    private readonly Dictionary<string, SqliteCommand> _commands = [];
    private SqliteTransaction? _tx;

    public void Begin(DbTransaction tx) => _tx = (SqliteTransaction)tx;

    private Task Exec(string sql, params object[] values)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            cmd.Transaction = _tx;
            for (var i = 0; i < values.Length; i++) cmd.Parameters.Add(new SqliteParameter($"$p{i}", null));
            cmd.Prepare();
            _commands[sql] = cmd;
        }
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i];
        cmd.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public Task ProjectAsync(int id, string name, string code, DateTime now) => Exec(
        "INSERT INTO Projects (Id, Name, Code, Type, Address, TimeZone, GeofenceRadiusMeters, IsActive, WorkingDays, WorkdayStart, WorkdayEnd, Version, CreatedAt) VALUES ($p0,$p1,$p2,'Residential','',$p3,300,1,62,'09:00:00','18:00:00',0,$p4)",
        id, name, code, "Asia/Shanghai", now);

    public Task BuildingAsync(int id, int projectId, string code, string name, int floors, DateTime now) => Exec(
        "INSERT INTO Buildings (Id, ProjectId, Code, Name, Floors, CreatedAt) VALUES ($p0,$p1,$p2,$p3,$p4,$p5)", id, projectId, code, name, floors, now);

    public Task UnitAsync(int id, int projectId, int buildingId, int entrance, string room, string label, int floor, double area, bool occupied) => Exec(
        "INSERT INTO Units (Id, ProjectId, BuildingId, Entrance, Room, Label, Floor, FloorArea, IsOccupied) VALUES ($p0,$p1,$p2,$p3,$p4,$p5,$p6,$p7,$p8)",
        id, projectId, buildingId, entrance, room, label, floor, area, occupied);

    public Task CustomerAsync(int id, int projectId, string name, string phone, string type, string tags, DateTime now) => Exec(
        "INSERT INTO Customers (Id, ProjectId, Name, Phone, Type, Tags, PreferredContact, IsActive, Version, CreatedAt) VALUES ($p0,$p1,$p2,$p3,$p4,$p5,'Phone',1,0,$p6)",
        id, projectId, name, phone, type, tags, now);

    public Task CustomerUnitAsync(int customerId, int unitId) => Exec("INSERT INTO CustomerUnits (CustomerId, UnitId) VALUES ($p0,$p1)", customerId, unitId);

    public Task FlushAsync() => Task.CompletedTask;
}

/// <summary>PostgreSQL: rows are buffered per table and sent with binary COPY.</summary>
internal sealed class PostgresWriter(NpgsqlConnection conn) : ITableWriter
{
    private readonly List<object[]> _projects = [], _buildings = [], _units = [], _customers = [], _links = [];

    public void Begin(DbTransaction tx) { }

    public Task ProjectAsync(int id, string name, string code, DateTime now) { _projects.Add([id, name, code, now]); return Task.CompletedTask; }
    public Task BuildingAsync(int id, int projectId, string code, string name, int floors, DateTime now) { _buildings.Add([id, projectId, code, name, floors, now]); return Task.CompletedTask; }
    public Task UnitAsync(int id, int projectId, int buildingId, int entrance, string room, string label, int floor, double area, bool occupied) { _units.Add([id, projectId, buildingId, entrance, room, label, floor, area, occupied]); return Task.CompletedTask; }
    public Task CustomerAsync(int id, int projectId, string name, string phone, string type, string tags, DateTime now) { _customers.Add([id, projectId, name, phone, type, tags, now]); return Task.CompletedTask; }
    public Task CustomerUnitAsync(int customerId, int unitId) { _links.Add([customerId, unitId]); return Task.CompletedTask; }

    public async Task FlushAsync()
    {
        await Copy("COPY \"Projects\" (\"Id\",\"Name\",\"Code\",\"Type\",\"Address\",\"TimeZone\",\"GeofenceRadiusMeters\",\"IsActive\",\"WorkingDays\",\"WorkdayStart\",\"WorkdayEnd\",\"Version\",\"CreatedAt\") FROM STDIN (FORMAT BINARY)",
            _projects, (w, r) =>
            {
                w.Write((int)r[0]); w.Write((string)r[1]); w.Write((string)r[2]); w.Write("Residential"); w.Write(""); w.Write("Asia/Shanghai");
                w.Write(300); w.Write(true); w.Write(62); w.Write(new TimeOnly(9, 0), NpgsqlDbType.Time); w.Write(new TimeOnly(18, 0), NpgsqlDbType.Time); w.Write(0);
                w.Write((DateTime)r[3], NpgsqlDbType.TimestampTz);
            });
        await Copy("COPY \"Buildings\" (\"Id\",\"ProjectId\",\"Code\",\"Name\",\"Floors\",\"CreatedAt\") FROM STDIN (FORMAT BINARY)", _buildings, (w, r) =>
        {
            w.Write((int)r[0]); w.Write((int)r[1]); w.Write((string)r[2]); w.Write((string)r[3]); w.Write((int)r[4]); w.Write((DateTime)r[5], NpgsqlDbType.TimestampTz);
        });
        await Copy("COPY \"Units\" (\"Id\",\"ProjectId\",\"BuildingId\",\"Entrance\",\"Room\",\"Label\",\"Floor\",\"FloorArea\",\"IsOccupied\") FROM STDIN (FORMAT BINARY)", _units, (w, r) =>
        {
            w.Write((int)r[0]); w.Write((int)r[1]); w.Write((int)r[2]); w.Write((int)r[3]); w.Write((string)r[4]); w.Write((string)r[5]); w.Write((int)r[6]); w.Write((double)r[7]); w.Write((bool)r[8]);
        });
        await Copy("COPY \"Customers\" (\"Id\",\"ProjectId\",\"Name\",\"Phone\",\"Type\",\"Tags\",\"PreferredContact\",\"IsActive\",\"Version\",\"CreatedAt\") FROM STDIN (FORMAT BINARY)", _customers, (w, r) =>
        {
            w.Write((int)r[0]); w.Write((int)r[1]); w.Write((string)r[2]); w.Write((string)r[3]); w.Write((string)r[4]); w.Write((string)r[5]); w.Write("Phone"); w.Write(true); w.Write(0);
            w.Write((DateTime)r[6], NpgsqlDbType.TimestampTz);
        });
        await Copy("COPY \"CustomerUnits\" (\"CustomerId\",\"UnitId\") FROM STDIN (FORMAT BINARY)", _links, (w, r) => { w.Write((int)r[0]); w.Write((int)r[1]); });
    }

    private async Task Copy(string sql, List<object[]> rows, Action<NpgsqlBinaryImporter, object[]> write)
    {
        await using var importer = await conn.BeginBinaryImportAsync(sql);
        foreach (var r in rows)
        {
            await importer.StartRowAsync();
            write(importer, r);
        }
        await importer.CompleteAsync();
    }
}

internal static class Scenarios
{
    public static async Task RunAsync(Options o)
    {
        var (app, http) = await StartAsync(o);
        await using var _ = app;
        using var __ = http;

        int customers;
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().AsSystem();
            customers = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Customers.CountAsync();
        }
        Console.WriteLine($"{o.Provider}, {customers:N0} customers, {o.Iterations} timed runs per scenario after 3 warm-up runs, {Environment.ProcessorCount} cores");

        (string Name, string Url)[] scenarios =
        [
            ("customers: first page, all projects", "/api/customers?pageSize=20"),
            ("customers: one project", "/api/customers?projectId=7&pageSize=20"),
            ("customers: page 200", "/api/customers?page=200&pageSize=20"),
            ("customers: name contains 王", "/api/customers?q=%E7%8E%8B&pageSize=20"),
            ("customers: phone prefix 1381", "/api/customers?q=1381&pageSize=20"),
            ("customers: unit 3-2-12", "/api/customers?projectId=7&q=3-2-12&pageSize=20"),
            ("projects: list with counts", "/api/projects"),
            ("units: one project, page 1", "/api/projects/7/units?pageSize=50"),
        ];
        var results = new List<(string Name, double Median, double P95)>();
        foreach (var (name, url) in scenarios)
        {
            var (median, p95) = await TimeAsync(http, url, o.Iterations);
            results.Add((name, median, p95));
        }
        var baseline = results[0].Median;
        Console.WriteLine();
        Console.WriteLine("| scenario | median ms | p95 ms | × first |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (name, median, p95) in results)
            Console.WriteLine($"| {name} | {median:F1} | {p95:F1} | {median / baseline:F2} |");
        await app.StopAsync();
    }

    /// <summary>The web host on a loopback port and a client signed in as the bench's admin.</summary>
    public static async Task<(Microsoft.AspNetCore.Builder.WebApplication App, HttpClient Http)> StartAsync(Options o, params string[] extra)
    {
        var app = await YardstickApp.BuildAsync([.. o.HostArgs("http://127.0.0.1:0"), .. extra]);
        await app.StartAsync();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = Options.AdminPassword });
        login.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<Token>())!.AccessToken);
        return (app, http);
    }

    /// <summary>Median and p95 of a GET over <paramref name="iterations"/> timed runs after 3 untimed ones.</summary>
    public static async Task<(double Median, double P95)> TimeAsync(HttpClient http, string url, int iterations)
    {
        for (var i = 0; i < 3; i++) (await http.GetAsync(url)).EnsureSuccessStatusCode();
        var times = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            var sw = Stopwatch.StartNew();
            using var r = await http.GetAsync(url);
            await r.Content.ReadAsByteArrayAsync();
            sw.Stop();
            r.EnsureSuccessStatusCode();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (Percentile(times, 0.5), Percentile(times, 0.95));
    }

    public static double Percentile(List<double> sorted, double p)
    {
        var index = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(index);
        var hi = (int)Math.Ceiling(index);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (index - lo);
    }

    private sealed record Token(string AccessToken);
}
