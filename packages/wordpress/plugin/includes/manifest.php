<?php
/**
 * The elements the plugin knows, generated at build time from the widgets' custom-elements.json.
 *
 * @package ClinicUiBlocks
 */

defined( 'ABSPATH' ) || exit;

/**
 * The generated manifest: the widgets version, the assets' integrity and each element's attributes.
 *
 * @return array{version: string, cdn: array, integrity: array, elements: array<string, array{attributes: string[], url_attributes: string[]}>}
 */
function clinic_ui_blocks_manifest() {
	static $manifest = null;
	if ( null === $manifest ) {
		$manifest = require CLINIC_UI_BLOCKS_DIR . '/includes/generated/elements.php';
	}
	return $manifest;
}

/**
 * Whether some HTML uses a Clinic UI element (written by hand or saved by one of the blocks).
 *
 * @param mixed $html Post content or any other HTML.
 * @return bool
 */
function clinic_ui_blocks_uses_elements( $html ) {
	return is_string( $html ) && false !== stripos( $html, '<clinic-' );
}
