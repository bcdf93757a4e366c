package ci;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.opensearch.common.settings.Settings;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * Runs one OpenSearch node on 127.0.0.1 with the plugins the portal's index needs, its
 * files under the directory given, until the process is stopped.
 * Arguments: the home directory, the HTTP port, the transport port.
 */
public final class SingleNodeOpenSearch {

	public static void main(String[] args) throws Exception {
		Path home = Path.of(args[0]).toAbsolutePath();
		for (String folder : List.of("config", "data", "logs", "modules", "plugins")) {
			Files.createDirectories(home.resolve(folder));
		}
		Settings settings = Settings.builder()
			.put("path.home", home.toString())
			.put("path.data", home.resolve("data").toString())
			.put("path.logs", home.resolve("logs").toString())
			.put("cluster.name", "portal-ci")
			.put("node.name", "portal-ci")
			.put("network.host", "127.0.0.1")
			.put("http.port", args[1])
			.put("transport.port", args[2])
			.put("discovery.type", "single-node")
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.build();
		Node node = new PluginNode(settings);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				node.close();
			}
			catch (Exception ex) {
				// stopping anyway
			}
		}));
		node.start();
		// OpenSearch's own threads are daemons: this one keeps the process alive until it is stopped.
		new CountDownLatch(1).await();
	}

	/** {@link Node} takes the plugin classes only through its protected constructor. */
	private static final class PluginNode extends Node {

		PluginNode(Settings settings) {
			super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "portal-ci"),
					List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class,
							MapperExtrasPlugin.class),
					true);
		}

	}

}
