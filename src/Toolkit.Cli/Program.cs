using Toolkit.Cli;

return await GateCli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
