<?php
/**
 * The blocks: one per element, registered from the block.json files the build generates from the
 * widgets' custom-elements.json, in a "Clinic UI" category. Each saves the element's own markup
 * (no render callback), so posts stay plain HTML; the editor previews them with the real bundle.
 *
 * @package ClinicUiBlocks
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the editor script (its translations from languages/) and every block.
 */
function clinic_ui_blocks_register_blocks() {
	wp_register_script(
		'clinic-ui-blocks-editor',
		plugins_url( 'assets/editor.js', CLINIC_UI_BLOCKS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		clinic_ui_blocks_manifest()['version'],
		array( 'in_footer' => true )
	);
	wp_set_script_translations( 'clinic-ui-blocks-editor', 'clinic-ui-blocks', CLINIC_UI_BLOCKS_DIR . '/languages' );
	foreach ( (array) glob( CLINIC_UI_BLOCKS_DIR . '/blocks/*/block.json' ) as $file ) {
		register_block_type( dirname( $file ) );
	}
}
add_action( 'init', 'clinic_ui_blocks_register_blocks' );

/**
 * The "Clinic UI" block category, first in the inserter.
 *
 * @param array[] $categories Block categories.
 * @return array[]
 */
function clinic_ui_blocks_block_category( $categories ) {
	array_unshift(
		$categories,
		array(
			'slug'  => 'clinic-ui',
			'title' => __( 'Clinic UI', 'clinic-ui-blocks' ),
			'icon'  => null,
		)
	);
	return $categories;
}
add_filter( 'block_categories_all', 'clinic_ui_blocks_block_category' );

/**
 * The live preview: the widgets' script, stylesheet and site theme in the editor's canvas
 * (enqueue_block_assets reaches the iframed canvas too). On the front end the assets follow the
 * content instead (includes/assets.php).
 */
function clinic_ui_blocks_editor_assets() {
	if ( is_admin() ) {
		clinic_ui_blocks_enqueue_assets();
	}
}
add_action( 'enqueue_block_assets', 'clinic_ui_blocks_editor_assets' );
