<?php
/**
 * Plugin Name:       Clinic UI Blocks
 * Plugin URI:        https://github.com/clinic-ui/clinic-ui/tree/main/packages/wordpress
 * Description:       Clinic UI's content blocks (key takeaways, comparison table, byline, quiz and booking calls to action, FAQ) as safe <clinic-*> elements and blocks, for every role that can write posts.
 * Version:           0.0.0-dev
 * Requires at least: 6.4
 * Requires PHP:      7.4
 * Author:            Clinic UI
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       clinic-ui-blocks
 * Domain Path:       /languages
 *
 * @package ClinicUiBlocks
 */

defined( 'ABSPATH' ) || exit;

// The build stamps the version of @clinic-ui/widgets here and in the header above.
define( 'CLINIC_UI_BLOCKS_VERSION', '0.0.0-dev' );
define( 'CLINIC_UI_BLOCKS_FILE', __FILE__ );
define( 'CLINIC_UI_BLOCKS_DIR', __DIR__ );

require_once __DIR__ . '/includes/manifest.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/autop.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/theme.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/blocks.php';

/**
 * The plugin's translations (Spanish ships with it): languages/clinic-ui-blocks-LOCALE.mo.
 */
function clinic_ui_blocks_load_textdomain() {
	load_plugin_textdomain( 'clinic-ui-blocks', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
add_action( 'init', 'clinic_ui_blocks_load_textdomain', 1 );
