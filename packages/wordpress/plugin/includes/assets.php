<?php
/**
 * The widgets' script and pre-upgrade stylesheet: the plugin's own copy by default (no third-party
 * requests, for the readers' privacy), or the pinned CDN URL with Subresource Integrity. Enqueued
 * only on pages whose content uses an element, once, the script deferred and with no inline script.
 *
 * @package ClinicUiBlocks
 */

defined( 'ABSPATH' ) || exit;

/** The option that selects where the assets come from: 'local' (default) or 'cdn'. */
const CLINIC_UI_BLOCKS_SOURCE_OPTION = 'clinic_ui_blocks_asset_source';

/**
 * Whether the assets come from the pinned CDN URL.
 *
 * @return bool
 */
function clinic_ui_blocks_uses_cdn() {
	return 'cdn' === get_option( CLINIC_UI_BLOCKS_SOURCE_OPTION, 'local' );
}

/**
 * Registers the 'clinic-ui' script and style handles.
 */
function clinic_ui_blocks_register_assets() {
	$manifest = clinic_ui_blocks_manifest();
	if ( clinic_ui_blocks_uses_cdn() ) {
		// The URL names the exact version, so no ?ver= (the integrity hash is of that file).
		$script  = $manifest['cdn']['script'];
		$style   = $manifest['cdn']['style'];
		$version = null;
	} else {
		$script  = plugins_url( 'assets/clinic-ui.js', CLINIC_UI_BLOCKS_FILE );
		$style   = plugins_url( 'assets/clinic-ui.css', CLINIC_UI_BLOCKS_FILE );
		$version = $manifest['version'];
	}
	wp_register_style( 'clinic-ui', $style, array(), $version );
	wp_register_script(
		'clinic-ui',
		$script,
		array(),
		$version,
		array(
			'strategy'  => 'defer',
			'in_footer' => false,
		)
	);
}
add_action( 'init', 'clinic_ui_blocks_register_assets' );

/**
 * Enqueues both handles, and the site theme's stylesheet when there is one (WordPress prints each
 * once however often this runs).
 */
function clinic_ui_blocks_enqueue_assets() {
	wp_enqueue_style( 'clinic-ui' );
	if ( wp_style_is( 'clinic-ui-theme', 'registered' ) ) {
		wp_enqueue_style( 'clinic-ui-theme' );
	}
	wp_enqueue_script( 'clinic-ui' );
}

/**
 * Enqueues the assets in the head when a post of the main query uses an element.
 */
function clinic_ui_blocks_enqueue_for_query() {
	global $wp_query;
	if ( ! $wp_query instanceof WP_Query ) {
		return;
	}
	foreach ( (array) $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && clinic_ui_blocks_uses_elements( $post->post_content ) ) {
			clinic_ui_blocks_enqueue_assets();
			return;
		}
	}
}
add_action( 'wp_enqueue_scripts', 'clinic_ui_blocks_enqueue_for_query' );

/**
 * Catches content outside the main query (a query loop block, a reusable block): WordPress then
 * prints the assets late, in the footer.
 *
 * @param string $content Post content.
 * @return string
 */
function clinic_ui_blocks_enqueue_for_content( $content ) {
	if ( ! is_admin() && clinic_ui_blocks_uses_elements( $content ) ) {
		clinic_ui_blocks_enqueue_assets();
	}
	return $content;
}
add_filter( 'the_content', 'clinic_ui_blocks_enqueue_for_content', 8 );

/**
 * Adds integrity and crossorigin to a CDN tag of the 'clinic-ui' handle.
 *
 * @param string $tag       The tag WordPress prints.
 * @param string $tag_name  'script' or 'link'.
 * @param string $integrity The sha384 hash of the file.
 * @return string
 */
function clinic_ui_blocks_add_integrity( $tag, $tag_name, $integrity ) {
	$processor = new WP_HTML_Tag_Processor( $tag );
	while ( $processor->next_tag( $tag_name ) ) {
		if ( null === $processor->get_attribute( 'script' === $tag_name ? 'src' : 'href' ) ) {
			continue;
		}
		$processor->set_attribute( 'integrity', $integrity );
		$processor->set_attribute( 'crossorigin', 'anonymous' );
	}
	return $processor->get_updated_html();
}

/**
 * Integrity for the CDN script.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function clinic_ui_blocks_script_tag( $tag, $handle ) {
	if ( 'clinic-ui' !== $handle || ! clinic_ui_blocks_uses_cdn() ) {
		return $tag;
	}
	return clinic_ui_blocks_add_integrity( $tag, 'script', clinic_ui_blocks_manifest()['integrity']['script'] );
}
add_filter( 'script_loader_tag', 'clinic_ui_blocks_script_tag', 10, 2 );

/**
 * Integrity for the CDN stylesheet.
 *
 * @param string $tag    The link tag.
 * @param string $handle Its handle.
 * @return string
 */
function clinic_ui_blocks_style_tag( $tag, $handle ) {
	if ( 'clinic-ui' !== $handle || ! clinic_ui_blocks_uses_cdn() ) {
		return $tag;
	}
	return clinic_ui_blocks_add_integrity( $tag, 'link', clinic_ui_blocks_manifest()['integrity']['style'] );
}
add_filter( 'style_loader_tag', 'clinic_ui_blocks_style_tag', 10, 2 );
